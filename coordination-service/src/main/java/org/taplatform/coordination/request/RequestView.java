package org.taplatform.coordination.request;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A request as its reader may see it: the State and coordinators see every offer; an organisation sees that the
 * request was forwarded to it, and its own offers only (not its competitors').
 */
@Schema(name = "TaRequest")
public record RequestView(UUID id, @Schema(examples = "KEN") String country, List<UUID> needIds, String summary,
        @Schema(enumeration = { "SUBMITTED", "FORWARDED", "ACCEPTED", "FULFILLED", "CANCELLED" }) String status,
        @Schema(description = "organisations it was forwarded to (an organisation sees only itself)") List<String> forwardedTo,
        UUID acceptedOfferId,
        @Schema(description = "IATI identifier of the accepted offer's activity in the registry") String activityIdentifier,
        @Schema(description = "the registry's activity, once announced") UUID activityId, String reason, String requestedBy,
        Instant createdAt, Instant updatedAt, @Schema(description = "the ETag, for If-Match") int version,
        List<OfferView> offers, List<Step> history) {

    @Schema(name = "TaOffer")
    public record OfferView(UUID id, String organisation, String language, String title, String scope,
            LocalDate plannedStart, LocalDate plannedEnd, BigDecimal amount, String currency,
            @Schema(enumeration = { "SUBMITTED", "ACCEPTED", "DECLINED", "WITHDRAWN" }) String status, String reason,
            String submittedBy, Instant submittedAt) {

        static OfferView of(Offer offer) {
            return new OfferView(offer.id, offer.organisation, offer.language, offer.title, offer.scope,
                    offer.plannedStart, offer.plannedEnd, offer.amount, offer.currency, offer.status.name(),
                    offer.reason, offer.submittedBy, offer.submittedAt);
        }
    }

    /** One audited transition of the request, or of an offer ({@code offerId} set). */
    @Schema(name = "RequestStep")
    public record Step(UUID offerId, String from, String to, String actor, String reason, Instant at) {
    }

    static RequestView of(TaRequest request, List<Offer> offers, List<RequestTransition> history, List<String> forwardedTo) {
        return new RequestView(request.id, request.country, List.of(request.needIds), request.summary,
                request.status.name(), forwardedTo, request.acceptedOfferId, request.activityIdentifier,
                request.activityId, request.reason, request.requestedBy, request.createdAt, request.updatedAt,
                request.version, offers.stream().map(OfferView::of).toList(), history.stream()
                        .map(s -> new Step(s.offerId, s.fromStatus, s.toStatus, s.actor, s.reason, s.at)).toList());
    }
}
