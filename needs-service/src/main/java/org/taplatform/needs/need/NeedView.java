package org.taplatform.needs.need;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.taplatform.events.NeedSource;
import org.taplatform.events.SharingConsent;
import org.taplatform.reference.ReferenceData;
import org.taplatform.reference.UnLanguage;

/** A need as the API shows it: stable codes (labels come with the reference data API). */
public record NeedView(@Schema(example = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f") UUID id, @Schema(example = "KEN") String country, @Schema(example = "UNTOC") String instrument, String article, String taType, @Schema(example = "LEGAL.DRAFTING") String taSubtype,
        String thematicArea, List<String> beneficiaryGroups, String description, @Schema(example = "HIGH") String priority, NeedSource source,
        SharingConsent consent, Need.Status status, String statusReason, Instant statusChangedAt, UUID cycleId,
        UUID responseId, String requestReference, @Schema(example = "2026-11-20T09:30:00Z") Instant registeredAt, int version, Labels labels) {

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
