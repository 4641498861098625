package org.taplatform.events;

/**
 * How widely a State lets one of its needs be shared. It travels with every event about the need, and every
 * read path filters on it.
 */
public enum SharingConsent {
    /** Seen by UNODC's coordinators and the State itself only (analysts and the public count it in aggregates only). */
    UNODC_ONLY,
    /** Also seen by registered providers and donors (field offices, donors, partners). */
    PROVIDERS_AND_DONORS,
    /** May be published. */
    PUBLIC;

    /**
     * Whether a reader may see a need of {@code needCountry} shared with this consent. One rule for every read
     * path of every service (query, export, chart, matching), so that they cannot drift apart.
     *
     * @param readerRoles   realm roles of the reader
     * @param readerCountry the reader's {@code country} claim (focal points), or null
     */
    public boolean allows(java.util.Set<String> readerRoles, String readerCountry, String needCountry) {
        if (readerRoles.contains("coordinator")) {
            return true; // UNODC headquarters
        }
        if (readerRoles.contains("state-focal-point") && needCountry != null && needCountry.equals(readerCountry)) {
            return true; // the State's own needs
        }
        return switch (this) {
            case PUBLIC -> true;
            case PROVIDERS_AND_DONORS -> readerRoles.contains("donor") || readerRoles.contains("partner")
                    || readerRoles.contains("field-office");
            case UNODC_ONLY -> false;
        };
    }

    /** The consents a reader may see for needs of other States than its own (for filtering in queries). */
    public static java.util.EnumSet<SharingConsent> visibleTo(java.util.Set<String> readerRoles) {
        java.util.EnumSet<SharingConsent> visible = java.util.EnumSet.noneOf(SharingConsent.class);
        for (SharingConsent consent : values()) {
            if (consent.allows(readerRoles, null, null)) {
                visible.add(consent);
            }
        }
        return visible;
    }
}
