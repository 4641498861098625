package org.taplatform.events.needs;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.taplatform.events.EventContract;
import org.taplatform.events.NeedSource;
import org.taplatform.events.SharingConsent;

/**
 * A need in the register changed: the State amended what it says of it, or stated it again after withdrawing it.
 * Carries the need's whole new state. Key: country.
 */
public record NeedUpdated(
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
        String status,
        UUID cycleId,
        UUID responseId,
        Instant updatedAt) implements EventContract {

    public static final String TYPE = "ta.needs.need.updated.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
