package org.taplatform.events.coordination;

import java.time.Instant;
import java.util.UUID;

import org.taplatform.events.EventContract;

/**
 * An organisation's offer to a request moved: SUBMITTED, ACCEPTED (by the State), DECLINED (another offer was
 * accepted, or the request was cancelled: the notice the organisation gets, with the reason) or WITHDRAWN (by the
 * organisation). {@code previousStatus} is null when submitted. Key: the request's country.
 */
public record OfferChanged(UUID requestId, UUID offerId, String country, String organisation, String previousStatus,
        String status, String reason, String changedBy, Instant changedAt) implements EventContract {

    public static final String TYPE = "ta.coordination.offer.changed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
