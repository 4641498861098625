package org.taplatform.events.coordination;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.taplatform.events.EventContract;

/**
 * A State accepted an organisation's offer: everything the registry needs to register the activity that carries it
 * out (in pipeline), under the IATI identifier given here, so that coordination recognises it when it is announced.
 * Key: country.
 */
public record OfferAccepted(UUID requestId, UUID offerId, String country, String organisation,
        String activityIdentifier, List<UUID> needIds, List<String> taSubtypes, List<String> instruments,
        String language, String title, String scope, LocalDate plannedStart, LocalDate plannedEnd, BigDecimal amount,
        String currency, String acceptedBy, Instant acceptedAt) implements EventContract {

    public static final String TYPE = "ta.coordination.offer.accepted.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
