package org.taplatform.registry.tool;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.taplatform.events.Topics;
import org.taplatform.events.outbox.Outbox;
import org.taplatform.events.registry.ToolChanged;
import org.taplatform.reference.ReferenceData;
import org.taplatform.reference.UnLanguage;
import org.taplatform.reference.problem.Preconditions;
import org.taplatform.reference.problem.Problem.Violation;
import org.taplatform.reference.problem.ProblemException;
import org.taplatform.registry.organisation.Organisation;

import io.quarkus.panache.common.Sort;

/**
 * Use cases of the catalogue of TA tools; the caller's right to act for the publisher is checked by the resource.
 * Every change is announced on ta.registry.knowledge. The catalogue is small (hundreds of tools): filters are applied
 * in memory.
 */
@ApplicationScoped
public class ToolService {

    enum Change {
        REGISTERED, UPDATED, WITHDRAWN
    }

    private final Outbox outbox;

    ToolService(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional
    public Tool register(ToolRequest request, String by) {
        requireValid(request);
        Tool tool = new Tool();
        tool.id = UUID.randomUUID();
        tool.publisher = request.publisher();
        tool.createdBy = by;
        tool.createdAt = Instant.now();
        copy(request, tool, by);
        tool.persist();
        announce(tool, Change.REGISTERED);
        return tool;
    }

    /** Replaces the description; the publisher stays (another publisher's edition is another tool). */
    @Transactional
    public Tool update(UUID id, ToolRequest request, String ifMatch, String by) {
        Tool tool = editable(id, ifMatch);
        if (!tool.publisher.equals(request.publisher())) {
            throw ProblemException.invalid("A tool keeps its publisher; nothing was changed", List.of(
                    new Violation("publisher", "body", "must be " + tool.publisher)));
        }
        requireValid(request);
        copy(request, tool, by);
        Tool.flush();
        announce(tool, Change.UPDATED);
        return tool;
    }

    @Transactional
    public void withdraw(UUID id, String ifMatch, String by) {
        Tool tool = editable(id, ifMatch);
        tool.withdrawnAt = Instant.now();
        tool.updatedBy = by;
        tool.updatedAt = tool.withdrawnAt;
        Tool.flush();
        announce(tool, Change.WITHDRAWN);
    }

    @Transactional
    public Tool get(UUID id) {
        return Tool.<Tool>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No TA tool " + id));
    }

    /** Current tools, newest first; each filter optional ({@code language}: a version in it exists). */
    @Transactional
    public List<Tool> list(String taSubtype, String instrument, String article, String language, ToolKind kind,
            String publisher) {
        return Tool.<Tool>list("withdrawnAt is null", Sort.by("publishedOn").descending().and("id")).stream()
                .filter(t -> taSubtype == null || List.of(t.taSubtypes).contains(taSubtype))
                .filter(t -> instrument == null || List.of(t.instruments).contains(instrument))
                .filter(t -> article == null || List.of(t.articles).stream()
                        .anyMatch(a -> a.equals(article) || a.startsWith(article + "(")))
                .filter(t -> language == null || t.links.keySet().stream()
                        .anyMatch(l -> l.equals(language) || l.startsWith(language + "-")))
                .filter(t -> kind == null || t.kind == kind)
                .filter(t -> publisher == null || t.publisher.equals(publisher)).toList();
    }

    /** For each UN language, the current tools that do not exist in it. */
    @Transactional
    public Map<String, List<Tool>> translationBacklog() {
        Map<String, List<Tool>> backlog = new LinkedHashMap<>();
        for (UnLanguage language : UnLanguage.values()) {
            backlog.put(language.tag(), new ArrayList<>());
        }
        for (Tool tool : list(null, null, null, null, null, null)) {
            ToolView.missingLanguages(tool).forEach(language -> backlog.get(language).add(tool));
        }
        return backlog;
    }

    private Tool editable(UUID id, String ifMatch) {
        Tool tool = get(id);
        if (tool.withdrawnAt != null) {
            throw ProblemException.conflict("The tool was withdrawn; register a new one");
        }
        Preconditions.requireMatch(ifMatch, tool.version);
        return tool;
    }

    private static void requireValid(ToolRequest request) {
        List<Violation> violations = new ArrayList<>();
        if (Organisation.byIdentifier(request.publisher()).isEmpty()) {
            violations.add(new Violation("publisher", "body", request.publisher() + " is not a registered organisation"));
        }
        request.titles().keySet().stream().filter(tag -> !ReferenceData.instance().isLanguageTag(tag))
                .forEach(tag -> violations.add(new Violation("titles." + tag, "body", tag + " is not a known language")));
        request.links().keySet().stream().filter(tag -> !ReferenceData.instance().isLanguageTag(tag))
                .forEach(tag -> violations.add(new Violation("links." + tag, "body", tag + " is not a known language")));
        if (request.articles() != null) {
            request.articles().stream().filter(a -> !ArticleReference.isKnown(a)).forEach(a -> violations.add(
                    new Violation("articles", "body", a + " is not an article of a known instrument (e.g. UNTOC 18)")));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations.size() + " value(s) rejected; nothing was changed", violations);
        }
    }

    private static void copy(ToolRequest request, Tool tool, String by) {
        tool.kind = request.kind();
        tool.titles = new LinkedHashMap<>(request.titles());
        tool.links = new LinkedHashMap<>(request.links());
        tool.taSubtypes = request.taSubtypes().stream().distinct().toArray(String[]::new);
        tool.instruments = request.instruments().stream().distinct().toArray(String[]::new);
        tool.articles = request.articles() == null ? new String[0]
                : request.articles().stream().distinct().toArray(String[]::new);
        tool.audiences = request.audiences() == null ? new String[0]
                : request.audiences().stream().distinct().toArray(String[]::new);
        tool.publishedOn = request.publishedOn();
        tool.updatedBy = by;
        tool.updatedAt = Instant.now();
    }

    private void announce(Tool tool, Change change) {
        outbox.record(Topics.REGISTRY_KNOWLEDGE, tool.publisher, tool.id.toString(), new ToolChanged(tool.id,
                tool.publisher, change.name(), tool.kind.name(), Map.copyOf(tool.titles), Map.copyOf(tool.links),
                List.of(tool.taSubtypes), List.of(tool.instruments), List.of(tool.articles), List.of(tool.audiences),
                tool.publishedOn, tool.version, tool.updatedAt));
    }
}
