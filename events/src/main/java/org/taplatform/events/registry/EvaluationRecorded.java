package org.taplatform.events.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.taplatform.events.EventContract;

/**
 * A finished activity's evaluation was recorded or replaced: its rating (1 highly unsatisfactory to 6 highly
 * satisfactory), results and lessons learned, and what the activity was (subtypes, countries), so that lessons can be
 * shown beside needs of the same subtype in the same region. Key: the activity's first recipient country (its
 * reporting organisation for an activity for regions only).
 */
public record EvaluationRecorded(
        UUID activityId,
        String iatiIdentifier,
        String reportingOrganisation,
        List<String> recipientCountries,
        List<String> taSubtypes,
        int rating,
        String results,
        String lessons,
        String language,
        String documentUrl,
        LocalDate evaluatedOn,
        int version,
        Instant recordedAt) implements EventContract {

    public static final String TYPE = "ta.registry.evaluation.recorded.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
