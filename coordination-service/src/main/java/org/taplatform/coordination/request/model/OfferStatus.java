package org.taplatform.coordination.request.model;

import org.taplatform.coordination.model.IllegalTransitionException;

/**
 * The life of an organisation's offer: SUBMITTED; then ACCEPTED by the State, DECLINED (another offer was accepted,
 * or the request cancelled) or WITHDRAWN by the organisation. Only a submitted offer moves.
 */
public enum OfferStatus {
    SUBMITTED, ACCEPTED, DECLINED, WITHDRAWN;

    public OfferStatus accept() {
        return to(ACCEPTED);
    }

    public OfferStatus decline() {
        return to(DECLINED);
    }

    public OfferStatus withdraw() {
        return to(WITHDRAWN);
    }

    private OfferStatus to(OfferStatus next) {
        if (this != SUBMITTED) {
            throw new IllegalTransitionException("An offer that is " + this + " cannot become " + next);
        }
        return next;
    }
}
