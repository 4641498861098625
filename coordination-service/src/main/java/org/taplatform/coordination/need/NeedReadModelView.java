package org.taplatform.coordination.need;

import java.time.Instant;
import java.util.UUID;

import org.taplatform.events.NeedSource;
import org.taplatform.events.SharingConsent;

/** A need as coordination-service knows it. */
public record NeedReadModelView(UUID id, String country, String instrument, String article, String taType,
        String taSubtype, String priority, NeedSource source, SharingConsent consent, String status,
        Instant registeredAt, Coverage coverage) {

    /** Coordination's assessment of how far the need is answered, and why. */
    public record Coverage(String level, String status, java.util.List<String> evidence) {
    }

    public static NeedReadModelView of(NeedReadModel need) {
        return new NeedReadModelView(need.id, need.country, need.instrument, need.article, need.taType,
                need.taSubtype, need.priority, need.source, need.consent, need.status, need.registeredAt,
                new Coverage(need.coverageLevel == null ? "UNMET" : need.coverageLevel,
                        need.coverageStatus == null ? "OPEN" : need.coverageStatus, java.util.List.copyOf(need.coverageEvidence)));
    }
}
