package org.taplatform.events.registry;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.taplatform.events.EventContract;

/** An organisation's profile changed (names, countries and regions of operation, languages, website). Contact points never travel in events. Key: its identifier. */
public record OrganisationUpdated(
        UUID organisationId,
        String identifier,
        String kind,
        String iatiType,
        Map<String, String> names,
        List<String> countries,
        List<String> regions,
        List<String> languages,
        String website,
        int version,
        Instant updatedAt) implements EventContract {

    public static final String TYPE = "ta.registry.organisation.updated.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
