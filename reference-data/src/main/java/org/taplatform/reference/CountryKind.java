package org.taplatform.reference;

/** Why an entity can be party to the Convention. */
public enum CountryKind {
    MEMBER_STATE,
    /** Holy See, State of Palestine. */
    OBSERVER_STATE,
    /** Cook Islands, Niue: States that are not UN members but can be party to the Convention. */
    NON_MEMBER_STATE,
    /** The European Union (article 36 of the Convention). */
    REGIONAL_ECONOMIC_INTEGRATION_ORGANIZATION
}
