package org.taplatform.events.coordination;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.taplatform.events.EventContract;

/**
 * An overlap alert was settled: MERGED (the same activity reported twice: the duplicate no longer counts), DISMISSED
 * (not an overlap, with the reason) or CLOSED (no longer overlapping: an activity changed, ended or was withdrawn).
 * An acknowledgement settles nothing and is only kept in the alert's history. Key: the first shared country.
 */
public record OverlapResolved(UUID alertId, List<String> countries, String status, String reason,
        UUID duplicateActivityId, String resolvedBy, Instant resolvedAt) implements EventContract {

    public static final String TYPE = "ta.coordination.overlap.resolved.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
