package org.taplatform.events.registry;

import java.time.Instant;
import java.util.UUID;

import org.taplatform.events.EventContract;

/** An activity was withdrawn from the registry (reported in error, or a duplicate). Once per recipient country. */
public record ActivityWithdrawn(
        UUID activityId,
        String iatiIdentifier,
        String recipientCountry,
        String reason,
        Instant withdrawnAt) implements EventContract {

    public static final String TYPE = "ta.registry.activity.withdrawn.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
