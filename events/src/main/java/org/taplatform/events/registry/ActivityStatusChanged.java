package org.taplatform.events.registry;

import java.time.Instant;
import java.util.UUID;

import org.taplatform.events.EventContract;

/** An activity's IATI status changed (1 pipeline, 2 implementation, 3 finalisation, 4 closed, 5 cancelled, 6 suspended). Once per recipient country. */
public record ActivityStatusChanged(
        UUID activityId,
        String iatiIdentifier,
        String recipientCountry,
        String previousStatus,
        String status,
        Instant changedAt) implements EventContract {

    public static final String TYPE = "ta.registry.activity.status-changed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
