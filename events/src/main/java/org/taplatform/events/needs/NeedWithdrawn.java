package org.taplatform.events.needs;

import java.time.Instant;
import java.util.UUID;

import org.taplatform.events.EventContract;
import org.taplatform.events.SharingConsent;

/** A need left the register's open needs: the State no longer states it, or its response was reopened. Key: country. */
public record NeedWithdrawn(UUID needId, String country, SharingConsent consent, String reason, Instant withdrawnAt)
        implements EventContract {

    public static final String TYPE = "ta.needs.need.withdrawn.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
