package org.taplatform.coordination.need;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

import org.taplatform.events.NeedSource;
import org.taplatform.events.SharingConsent;

/**
 * A need as coordination-service knows it, with the reporting cycle it was stated in and its status in the register
 * (SUPERSEDED and RESOLVED: closed by the State's statements in a later cycle).
 */
public record NeedReadModelView(@Schema(example = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f") UUID id, @Schema(example = "KEN") String country, String instrument, String article, String taType,
        @Schema(example = "LEGAL.DRAFTING") String taSubtype, String priority, NeedSource source, SharingConsent consent, String status,
        UUID cycleId, Instant registeredAt, Coverage coverage) {

    /** Coordination's assessment of how far the need is answered, and why. */
    public record Coverage(String level, String status, java.util.List<String> evidence) {
    }

    public static NeedReadModelView of(NeedReadModel need) {
        return new NeedReadModelView(need.id, need.country, need.instrument, need.article, need.taType,
                need.taSubtype, need.priority, need.source, need.consent, need.status, need.cycleId,
                need.registeredAt,
                new Coverage(need.coverageLevel == null ? "UNMET" : need.coverageLevel,
                        need.coverageStatus == null ? "OPEN" : need.coverageStatus, java.util.List.copyOf(need.coverageEvidence)));
    }
}
