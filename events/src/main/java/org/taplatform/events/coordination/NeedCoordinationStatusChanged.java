package org.taplatform.events.coordination;

import java.time.Instant;
import java.util.UUID;

import org.taplatform.events.EventContract;
import org.taplatform.events.SharingConsent;

/**
 * Coordination's view of how far a need is answered changed: MATCHED (funding is pledged to it, or the State accepted
 * an offer for it, but no activity yet), IN_PROGRESS (an activity answers it, or one of its subtype is under way in
 * its country), COVERED (an activity that answers it was delivered), or OPEN again. needs-service adopts it as the
 * need's status. Key: country.
 */
public record NeedCoordinationStatusChanged(UUID needId, String country, SharingConsent consent, String status,
        String reason, Instant changedAt) implements EventContract {

    public static final String TYPE = "ta.coordination.need.status-changed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
