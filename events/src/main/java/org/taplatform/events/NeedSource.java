package org.taplatform.events;

/** Where a need comes from; analysis counts each source separately. */
public enum NeedSource {
    /** Stated by the State in a survey response. */
    SURVEY,
    /** Assumed for a State that did not respond in a reporting cycle: it needs help with reporting. */
    NON_RESPONSE,
    /** Recorded by a coordinator from a State's written request outside a survey. */
    MANUAL
}
