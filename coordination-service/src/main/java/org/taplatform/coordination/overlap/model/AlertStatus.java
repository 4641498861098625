package org.taplatform.coordination.overlap.model;

import org.taplatform.coordination.model.IllegalTransitionException;

/**
 * The life of an overlap alert. OPEN when raised; the organisations involved or a coordinator ACKNOWLEDGE it (seen,
 * both go on), MERGE it (the same activity reported twice) or DISMISS it (not an overlap, with a reason); it CLOSEs by
 * itself when the activities no longer overlap. MERGED, DISMISSED and CLOSED are settled; only a CLOSED alert is
 * raised again if the activities come to overlap again (a person's decision is not overridden by the machine).
 */
public enum AlertStatus {
    OPEN, ACKNOWLEDGED, MERGED, DISMISSED, CLOSED;

    /** Still asks for attention: detection keeps it up to date, and closes it when the overlap goes away. */
    public boolean isActive() {
        return this == OPEN || this == ACKNOWLEDGED;
    }

    public AlertStatus acknowledge() {
        return to(ACKNOWLEDGED, this == OPEN);
    }

    public AlertStatus merge() {
        return to(MERGED, isActive());
    }

    public AlertStatus dismiss() {
        return to(DISMISSED, isActive());
    }

    public AlertStatus close() {
        return to(CLOSED, isActive());
    }

    /** Detection found the overlap again: a closed alert opens again; any other state stays. */
    public AlertStatus redetected() {
        return this == CLOSED ? OPEN : this;
    }

    private AlertStatus to(AlertStatus next, boolean allowed) {
        if (!allowed) {
            throw new IllegalTransitionException("An overlap alert that is " + this + " cannot be " + next);
        }
        return next;
    }
}
