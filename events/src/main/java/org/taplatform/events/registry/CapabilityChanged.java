package org.taplatform.events.registry;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.taplatform.events.EventContract;

/** What an organisation says it can deliver changed: its capabilities now, all of them (an empty list: none). Key: the organisation's identifier. */
public record CapabilityChanged(
        UUID organisationId,
        String identifier,
        List<Capability> capabilities,
        Instant changedAt) implements EventContract {

    /** One thing the organisation can deliver: a TA subtype, for instruments, in ways, where. */
    public record Capability(UUID capabilityId, String taSubtype, List<String> instruments, List<String> deliveryModes,
            List<String> regions, List<String> countries, List<String> languages, String description) {
    }

    public static final String TYPE = "ta.registry.capability.changed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
