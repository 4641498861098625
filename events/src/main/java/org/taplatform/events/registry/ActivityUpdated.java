package org.taplatform.events.registry;

import java.time.Instant;
import java.util.UUID;

import org.taplatform.events.EventContract;

/** A TA activity changed. Once per recipient country, as for registration; a country no longer a recipient gets the event too (its recipientCountry is then absent from activity.recipientCountries). */
public record ActivityUpdated(
        UUID activityId,
        String iatiIdentifier,
        String recipientCountry,
        ActivitySnapshot activity,
        int version,
        Instant updatedAt) implements EventContract {

    public static final String TYPE = "ta.registry.activity.updated.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
