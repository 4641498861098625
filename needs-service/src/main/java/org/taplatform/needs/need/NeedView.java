package org.taplatform.needs.need;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.taplatform.events.NeedSource;
import org.taplatform.events.SharingConsent;

/** A need as the API shows it: stable codes (labels come with the reference data API). */
public record NeedView(UUID id, String country, String instrument, String article, String taType, String taSubtype,
        String thematicArea, List<String> beneficiaryGroups, String description, String priority, NeedSource source,
        SharingConsent consent, Need.Status status, UUID cycleId, UUID responseId, Instant registeredAt) {

    static NeedView of(Need need) {
        return new NeedView(need.id, need.country, need.instrument, need.article, need.taType, need.taSubtype,
                need.thematicArea, List.copyOf(need.beneficiaryGroups), need.description, need.priority, need.source,
                need.consent, need.status, need.cycleId, need.responseId, need.registeredAt);
    }
}
