package org.taplatform.events.coordination;

import java.time.Instant;
import java.util.UUID;

import org.taplatform.events.EventContract;
import org.taplatform.events.SharingConsent;

/**
 * Coordination's view of how far a need is answered changed: MATCHED (an organisation was proposed or an offer is
 * open), IN_PROGRESS (an activity answers it), COVERED (activities, accepted offers and pledges cover it), or OPEN
 * again. needs-service adopts it as the need's status. Key: country.
 */
public record NeedCoordinationStatusChanged(UUID needId, String country, SharingConsent consent, String status,
        String reason, Instant changedAt) implements EventContract {

    public static final String TYPE = "ta.coordination.need.status-changed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
