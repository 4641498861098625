package org.taplatform.registry.authority;

/**
 * What a State designates an authority for: the Convention's central authority and cooperation channels, the
 * Protocols' contact points, and the thematic contact points the Conference of the Parties asked for. The instrument
 * and article say where the designation comes from.
 */
public enum Designation {

    MLA_CENTRAL_AUTHORITY("UNTOC", "18(13)", "Central authority for mutual legal assistance"),
    EXTRADITION("UNTOC", "16", "Authority for extradition"),
    TRANSFER_OF_SENTENCED_PERSONS("UNTOC", "17", "Authority for the transfer of sentenced persons"),
    LAW_ENFORCEMENT_COOPERATION("UNTOC", "27", "Contact point for law enforcement cooperation"),
    MIGRANT_SMUGGLING_AT_SEA("SOM", "8(6)", "Authority for requests about vessels smuggling migrants by sea"),
    FIREARMS_CONTACT_POINT("FIREARMS", "13(2)", "National contact point for the Firearms Protocol"),
    CULTURAL_PROPERTY_CONTACT_POINT("UNTOC", null, "Contact point for trafficking in cultural property");

    private final String instrument;
    private final String article;
    private final String label;

    Designation(String instrument, String article, String label) {
        this.instrument = instrument;
        this.article = article;
        this.label = label;
    }

    public String instrument() {
        return instrument;
    }

    /** The article that provides for it; null for a thematic contact point asked for by a resolution. */
    public String article() {
        return article;
    }

    public String label() {
        return label;
    }
}
