package org.taplatform.events.survey;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.taplatform.events.EventContract;
import org.taplatform.events.SharingConsent;

/**
 * A coordinator closed a reporting cycle. Per instrument: who was expected, who responded, and the non-respondents,
 * each with the need the platform assumes for them (assistance with reporting; source NON_RESPONSE).
 * Key: the cycle id.
 */
public record CycleClosed(
        UUID cycleId,
        String name,
        List<InstrumentOutcome> instruments,
        String closedBy,
        Instant closedAt) implements EventContract {

    public static final String TYPE = "ta.survey.cycle.closed.v1";

    public record InstrumentOutcome(String instrument, List<String> expectedReporters, List<String> respondents,
            List<NonRespondent> nonRespondents) {
    }

    /** A State that did not respond, and the need assumed for it. */
    public record NonRespondent(String country, UUID needId, String taSubtype, String priority,
            SharingConsent consent) {
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
