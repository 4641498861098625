package org.taplatform.events.coordination;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.taplatform.events.EventContract;

/**
 * A technical assistance request moved: SUBMITTED (a State asks for assistance with some of its needs), FORWARDED
 * (the coordinator sent it to organisations), ACCEPTED (the State accepted an offer), FULFILLED (the accepted offer's
 * activity is in the registry) or CANCELLED. {@code previousStatus} is null when submitted. Key: country.
 */
public record TaRequestChanged(UUID requestId, String country, List<UUID> needIds, String previousStatus,
        String status, List<String> forwardedTo, String reason, String changedBy, Instant changedAt)
        implements EventContract {

    public static final String TYPE = "ta.coordination.request.changed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
