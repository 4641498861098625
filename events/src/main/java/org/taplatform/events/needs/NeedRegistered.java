package org.taplatform.events.needs;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.taplatform.events.EventContract;
import org.taplatform.events.NeedSource;
import org.taplatform.events.SharingConsent;

/** A need entered the consolidated needs register. Key: country. */
public record NeedRegistered(
        UUID needId,
        String country,
        String instrument,
        String article,
        String taType,
        String taSubtype,
        String thematicArea,
        List<String> beneficiaryGroups,
        String description,
        String priority,
        NeedSource source,
        SharingConsent consent,
        UUID cycleId,
        UUID responseId,
        Instant registeredAt) implements EventContract {

    public static final String TYPE = "ta.needs.need.registered.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
