package org.taplatform.events.coordination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.taplatform.events.EventContract;

/**
 * An activity is overdue for an update: its (actual, else planned) end passed more than the grace ago while its
 * organisation still reports it in pipeline or implementation. Coordination no longer counts it as live for overlaps
 * or coverage until its organisation updates it. Announced once until the activity next changes. Key: its first
 * recipient country, else its reporting organisation.
 */
public record ActivityOverdue(UUID activityId, String iatiIdentifier, String reportingOrganisation, String status,
        LocalDate end, List<String> countries, Instant detectedAt) implements EventContract {

    public static final String TYPE = "ta.coordination.activity.overdue.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
