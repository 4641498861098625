package org.taplatform.events.registry;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.taplatform.events.EventContract;

/** A donor pledged or committed funding to a need, a country and theme, or an activity. Key: the country concerned. */
public record PledgeRecorded(
        UUID pledgeId,
        String donor,
        String country,
        UUID needId,
        String taType,
        String taSubtype,
        UUID activityId,
        BigDecimal amount,
        String currency,
        String status,
        Instant recordedAt) implements EventContract {

    public static final String TYPE = "ta.registry.pledge.recorded.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
