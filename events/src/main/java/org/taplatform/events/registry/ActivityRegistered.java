package org.taplatform.events.registry;

import java.time.Instant;
import java.util.UUID;

import org.taplatform.events.EventContract;

/** A TA activity entered the registry. Published once per recipient country (key = that country; recipientCountry names it), so that every country's events stay in order; an activity for regions only is keyed by its reporting organisation. */
public record ActivityRegistered(
        UUID activityId,
        String iatiIdentifier,
        String recipientCountry,
        ActivitySnapshot activity,
        Instant registeredAt) implements EventContract {

    public static final String TYPE = "ta.registry.activity.registered.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
