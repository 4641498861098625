package org.taplatform.coordination.webhook.model;

/** What a subscriber can be told about. */
public enum NoticeKind {
    /** A need registered, changed, its status changed, or withdrawn (ta.needs). */
    NEED,
    /** Coordination's coverage of a need changed: a gap opened or closed (ta.coordination.need.status-changed.v1). */
    GAP,
    /** An overlap alert raised or settled. */
    OVERLAP,
    /** A TA request or an offer moved. */
    REQUEST
}
