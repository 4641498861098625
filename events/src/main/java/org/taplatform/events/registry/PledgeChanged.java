package org.taplatform.events.registry;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.taplatform.events.EventContract;

/** A pledge's amount or status changed (pledged, committed, disbursed, cancelled). Key: the country concerned. */
public record PledgeChanged(
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
        int version,
        Instant changedAt) implements EventContract {

    public static final String TYPE = "ta.registry.pledge.changed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
