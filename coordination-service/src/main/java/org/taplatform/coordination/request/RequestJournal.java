package org.taplatform.coordination.request;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.taplatform.coordination.request.model.OfferStatus;
import org.taplatform.coordination.request.model.RequestStatus;
import org.taplatform.events.Topics;
import org.taplatform.events.coordination.OfferChanged;
import org.taplatform.events.coordination.TaRequestChanged;
import org.taplatform.events.outbox.Outbox;

/**
 * Every transition of a request or an offer goes through here: audited (who, from, to, why, when) and announced
 * through the outbox in the same transaction, so the history and the events never disagree.
 */
@ApplicationScoped
public class RequestJournal {

    private final Outbox outbox;

    RequestJournal(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(TxType.MANDATORY)
    public void requestMoved(TaRequest request, RequestStatus from, String actor, String reason) {
        Instant now = Instant.now();
        request.updatedAt = now;
        request.version++;
        audit(request, null, from == null ? null : from.name(), request.status.name(), actor, reason, now);
        outbox.record(Topics.COORDINATION_EVENTS, request.country, request.id.toString(), new TaRequestChanged(
                request.id, request.country, List.of(request.needIds), from == null ? null : from.name(),
                request.status.name(), List.of(request.forwardedTo), reason, actor, now));
    }

    @Transactional(TxType.MANDATORY)
    public void offerMoved(TaRequest request, Offer offer, OfferStatus from, String actor, String reason) {
        Instant now = Instant.now();
        offer.updatedAt = now;
        request.updatedAt = now;
        request.version++; // an offer's move changes what the request's reader sees: a new ETag
        audit(request, offer, from == null ? null : from.name(), offer.status.name(), actor, reason, now);
        outbox.record(Topics.COORDINATION_EVENTS, request.country, offer.id.toString(), new OfferChanged(request.id,
                offer.id, request.country, offer.organisation, from == null ? null : from.name(), offer.status.name(),
                reason, actor, now));
    }

    private static void audit(TaRequest request, Offer offer, String from, String to, String actor, String reason,
            Instant at) {
        RequestTransition step = new RequestTransition();
        step.requestId = request.id;
        step.offerId = offer == null ? null : offer.id;
        step.fromStatus = from;
        step.toStatus = to;
        step.actor = actor;
        step.reason = reason;
        step.at = at;
        step.persist();
    }

    public List<RequestTransition> historyOf(java.util.UUID requestId) {
        return RequestTransition.list("requestId = ?1 order by id", requestId);
    }
}
