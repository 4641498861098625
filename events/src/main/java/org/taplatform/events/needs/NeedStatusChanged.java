package org.taplatform.events.needs;

import java.time.Instant;
import java.util.UUID;

import org.taplatform.events.EventContract;
import org.taplatform.events.SharingConsent;

/**
 * A need's status in the register changed (OPEN, MATCHED, IN_PROGRESS, COVERED): reported by coordination-service
 * or set by a coordinator. {@code changedBy} is the user, or {@code coordination-service}. Key: country.
 */
public record NeedStatusChanged(UUID needId, String country, SharingConsent consent, String previousStatus,
        String status, String reason, String changedBy, Instant changedAt) implements EventContract {

    public static final String TYPE = "ta.needs.need.status-changed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
