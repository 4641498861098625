package org.taplatform.events;

/**
 * How widely a State lets one of its needs be shared. It travels with every event about the need, and every
 * read path filters on it.
 */
public enum SharingConsent {
    /** Seen by UNODC (coordinators, analysts) and the State itself only. */
    UNODC_ONLY,
    /** Also seen by registered providers and donors (field offices, donors, partners). */
    PROVIDERS_AND_DONORS,
    /** May be published. */
    PUBLIC
}
