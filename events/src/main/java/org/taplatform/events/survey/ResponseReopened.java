package org.taplatform.events.survey;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.taplatform.events.EventContract;

/**
 * A coordinator reopened a submitted response for changes: until it is submitted again, the needs of its last
 * revision are withdrawn. Key: country.
 */
public record ResponseReopened(
        UUID responseId,
        UUID cycleId,
        String country,
        String instrument,
        int revision,
        List<UUID> withdrawnNeedIds,
        String reason,
        String reopenedBy,
        Instant reopenedAt) implements EventContract {

    public static final String TYPE = "ta.survey.response.reopened.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
