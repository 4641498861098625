package org.taplatform.events.coordination;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.taplatform.events.EventContract;

/**
 * Two registered activities of different organisations likely overlap: an alert was raised (or raised again after it
 * had closed by itself). Severity HIGH, MEDIUM or LOW, with the evidence. Key: the first shared country.
 */
public record OverlapDetected(UUID alertId, List<String> countries, UUID activityId, String activity,
        String organisation, UUID otherActivityId, String otherActivity, String otherOrganisation, String severity,
        double similarity, List<String> evidence, Instant detectedAt) implements EventContract {

    public static final String TYPE = "ta.coordination.overlap.detected.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
