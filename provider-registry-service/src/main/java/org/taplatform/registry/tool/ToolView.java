package org.taplatform.registry.tool;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.taplatform.reference.UnLanguage;

/** A tool as everyone reads it, with the UN languages it does not exist in yet (its translation backlog). */
public record ToolView(@Schema(example = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f") UUID id, String publisher, ToolKind kind, Map<String, String> titles, Map<String, String> links,
        List<String> taSubtypes, List<String> instruments, List<String> articles, List<String> audiences,
        @Schema(example = "2024-05-02") LocalDate publishedOn, List<String> missingLanguages, boolean withdrawn, int version, Instant updatedAt) {

    static ToolView of(Tool tool) {
        return new ToolView(tool.id, tool.publisher, tool.kind, Map.copyOf(tool.titles), Map.copyOf(tool.links),
                List.of(tool.taSubtypes), List.of(tool.instruments), List.of(tool.articles), List.of(tool.audiences),
                tool.publishedOn, missingLanguages(tool), tool.withdrawnAt != null, tool.version, tool.updatedAt);
    }

    /** The six UN languages none of its versions is in ({@code fr-CA} counts as French). */
    static List<String> missingLanguages(Tool tool) {
        return Arrays.stream(UnLanguage.values())
                .filter(un -> tool.links.keySet().stream().noneMatch(tag -> UnLanguage.ofTag(tag).orElse(null) == un))
                .map(UnLanguage::tag).toList();
    }
}
