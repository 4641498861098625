package org.taplatform.coordination.need;

import java.time.Instant;
import java.util.UUID;

import org.taplatform.events.NeedSource;
import org.taplatform.events.SharingConsent;

/** A need as coordination-service knows it. */
public record NeedReadModelView(UUID id, String country, String instrument, String article, String taType,
        String taSubtype, String priority, NeedSource source, SharingConsent consent, String status,
        Instant registeredAt) {

    static NeedReadModelView of(NeedReadModel need) {
        return new NeedReadModelView(need.id, need.country, need.instrument, need.article, need.taType,
                need.taSubtype, need.priority, need.source, need.consent, need.status, need.registeredAt);
    }
}
