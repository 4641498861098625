package org.taplatform.events.survey;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.taplatform.events.EventContract;
import org.taplatform.events.SharingConsent;

/** A State's focal point submitted a response; it carries the needs the State stated in it. Key: country. */
public record ResponseSubmitted(
        UUID responseId,
        String country,
        String instrument,
        String language,
        String submittedBy,
        Instant submittedAt,
        List<StatedNeed> needs) implements EventContract {

    public static final String TYPE = "ta.survey.response.submitted.v1";

    /** A need stated in the response, with the State's sharing consent for it. */
    public record StatedNeed(
            UUID needId,
            String taSubtype,
            String article,
            String description,
            String priority,
            SharingConsent consent) {
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
