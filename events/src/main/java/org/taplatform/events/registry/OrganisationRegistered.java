package org.taplatform.events.registry;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.taplatform.events.EventContract;

/** An organisation joined the registry. Key: its identifier (an organisation works in many countries). */
public record OrganisationRegistered(
        UUID organisationId,
        String identifier,
        String kind,
        String iatiType,
        Map<String, String> names,
        List<String> countries,
        List<String> regions,
        List<String> languages,
        String website,
        Instant registeredAt) implements EventContract {

    public static final String TYPE = "ta.registry.organisation.registered.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
