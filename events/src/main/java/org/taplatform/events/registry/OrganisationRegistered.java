package org.taplatform.events.registry;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.taplatform.events.EventContract;

/**
 * An organisation joined the registry. Key: its identifier (an organisation works in many countries). unitOf: the
 * organisation it is a unit of (a UNODC field office: UNODC), if any.
 */
public record OrganisationRegistered(
        UUID organisationId,
        String identifier,
        String kind,
        String iatiType,
        Map<String, String> names,
        List<String> countries,
        List<String> regions,
        List<String> languages,
        String website,
        Instant registeredAt,
        String verification,
        String mergedInto,
        String unitOf) implements EventContract {

    /** Events written before organisations were verified say nothing: unverified. */
    public OrganisationRegistered {
        verification = verification == null ? "UNVERIFIED" : verification;
    }


    /** A new organisation: not verified yet, merged into none. */
    public OrganisationRegistered(UUID organisationId, String identifier, String kind, String iatiType,
            Map<String, String> names, List<String> countries, List<String> regions, List<String> languages,
            String website, Instant registeredAt) {
        this(organisationId, identifier, kind, iatiType, names, countries, regions, languages, website, registeredAt,
                "UNVERIFIED", null, null);
    }

    /** An organisation of its own, a unit of none. */
    public OrganisationRegistered(UUID organisationId, String identifier, String kind, String iatiType,
            Map<String, String> names, List<String> countries, List<String> regions, List<String> languages,
            String website, Instant registeredAt, String verification, String mergedInto) {
        this(organisationId, identifier, kind, iatiType, names, countries, regions, languages, website, registeredAt,
                verification, mergedInto, null);
    }

    public static final String TYPE = "ta.registry.organisation.registered.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
