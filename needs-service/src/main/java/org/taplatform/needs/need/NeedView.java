package org.taplatform.needs.need;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.taplatform.events.NeedSource;
import org.taplatform.events.SharingConsent;
import org.taplatform.reference.ReferenceData;
import org.taplatform.reference.UnLanguage;

/** A need as the API shows it: stable codes (labels come with the reference data API). */
public record NeedView(UUID id, String country, String instrument, String article, String taType, String taSubtype,
        String thematicArea, List<String> beneficiaryGroups, String description, String priority, NeedSource source,
        SharingConsent consent, Need.Status status, String statusReason, Instant statusChangedAt, UUID cycleId,
        UUID responseId, String requestReference, Instant registeredAt, int version, Labels labels) {

    /** The names of the codes in the requested language, beside the codes themselves. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Labels(String country, String instrument, String taType, String taSubtype, String thematicArea,
            List<String> beneficiaryGroups) {
    }

    public static NeedView of(Need need, UnLanguage language) {
        ReferenceData reference = ReferenceData.instance();
        Labels labels = new Labels(
                reference.country(need.country).map(c -> c.names().in(language)).orElse(null),
                reference.instrument(need.instrument).map(i -> i.names().in(language)).orElse(null),
                reference.taType(need.taType).map(t -> t.names().in(language)).orElse(null),
                reference.taSubtype(need.taSubtype).map(t -> t.names().in(language)).orElse(null),
                need.thematicArea == null ? null : reference.thematicArea(need.thematicArea).map(t -> t.names().in(language)).orElse(null),
                need.beneficiaryGroups.stream().map(g -> reference.beneficiaryGroup(g).map(t -> t.names().in(language))
                        .orElse(g)).toList());
        return new NeedView(need.id, need.country, need.instrument, need.article, need.taType, need.taSubtype,
                need.thematicArea, List.copyOf(need.beneficiaryGroups), need.description, need.priority, need.source,
                need.consent, need.status, need.statusReason, need.statusChangedAt, need.cycleId, need.responseId,
                need.requestReference, need.registeredAt, need.version, labels);
    }
}
