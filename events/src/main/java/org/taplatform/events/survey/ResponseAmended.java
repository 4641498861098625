package org.taplatform.events.survey;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.taplatform.events.EventContract;

/**
 * A submitted response was amended: a new revision whose needs replace exactly those of the revision it amends
 * (a need kept keeps its id; a need no longer listed is withdrawn). Key: country.
 */
public record ResponseAmended(
        UUID responseId,
        UUID cycleId,
        String country,
        String instrument,
        int questionnaireVersion,
        int revision,
        int amendsRevision,
        String reason,
        String language,
        String amendedBy,
        Instant amendedAt,
        List<StatedNeed> needs) implements EventContract {

    public static final String TYPE = "ta.survey.response.amended.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
