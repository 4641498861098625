package org.taplatform.events.coordination;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.taplatform.events.EventContract;
import org.taplatform.events.SharingConsent;

/**
 * Coordination proposes an organisation for a need: one of its best matches when the need was registered or changed,
 * scored at least the proposal threshold, and not proposed for it before. The reasons say why, in words. Key: country.
 */
public record MatchProposed(UUID needId, String country, SharingConsent consent, String organisation, double score,
        List<String> reasons, Instant proposedAt) implements EventContract {

    public static final String TYPE = "ta.coordination.match.proposed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
