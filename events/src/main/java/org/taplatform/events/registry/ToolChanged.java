package org.taplatform.events.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.taplatform.events.EventContract;

/**
 * A TA tool of the catalogue (model law, legislative guide, digest, training package, e-learning course, checklist)
 * was registered, changed or withdrawn (change): what it serves and where each language version is. Key: its
 * publisher's identifier.
 */
public record ToolChanged(
        UUID toolId,
        String publisher,
        String change,
        String kind,
        Map<String, String> titles,
        Map<String, String> links,
        List<String> taSubtypes,
        List<String> instruments,
        List<String> articles,
        List<String> audiences,
        LocalDate publishedOn,
        int version,
        Instant changedAt) implements EventContract {

    public static final String TYPE = "ta.registry.tool.changed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
