package org.taplatform.events.survey;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.taplatform.events.EventContract;

/**
 * A State's focal point submitted a response (revision 1), or submitted it again after a coordinator reopened it.
 * It carries every need the State states in it. Key: country.
 */
public record ResponseSubmitted(
        UUID responseId,
        UUID cycleId,
        String country,
        String instrument,
        int questionnaireVersion,
        int revision,
        String language,
        String submittedBy,
        Instant submittedAt,
        List<StatedNeed> needs) implements EventContract {

    public static final String TYPE = "ta.survey.response.submitted.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
