package org.taplatform.coordination.request.model;

import org.taplatform.coordination.model.IllegalTransitionException;

/**
 * The life of a technical assistance request. A State (its focal point, or a coordinator for it) SUBMITS it for some
 * of its needs; the coordinator FORWARDS it to organisations (again, to more, while no offer is accepted);
 * organisations offer while it is forwarded; the State ACCEPTS one offer; it is FULFILLED when the registry announces
 * the accepted offer's activity. It can be CANCELLED until an offer is accepted.
 */
public enum RequestStatus {
    SUBMITTED, FORWARDED, ACCEPTED, FULFILLED, CANCELLED;

    public RequestStatus forward() {
        return to(FORWARDED, this == SUBMITTED || this == FORWARDED);
    }

    /** Offers are taken while the request is forwarded. */
    public void requireOpenForOffers() {
        to(this, this == FORWARDED);
    }

    public RequestStatus accept() {
        return to(ACCEPTED, this == FORWARDED);
    }

    public RequestStatus fulfil() {
        return to(FULFILLED, this == ACCEPTED);
    }

    public RequestStatus cancel() {
        return to(CANCELLED, this == SUBMITTED || this == FORWARDED);
    }

    private RequestStatus to(RequestStatus next, boolean allowed) {
        if (!allowed) {
            throw new IllegalTransitionException(this == next
                    ? "A request that is " + this + " takes no offers (only a FORWARDED one does)"
                    : "A request that is " + this + " cannot become " + next);
        }
        return next;
    }
}
