package org.taplatform.events.registry;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.taplatform.events.EventContract;

/**
 * An organisation's profile changed (names, countries and regions of operation, languages, website), or a coordinator
 * verified it (VERIFIED) or merged it into another (mergedInto: the identifier of the organisation it duplicates).
 * unitOf: the organisation it is a unit of (a UNODC field office: UNODC), if any.
 * Contact points never travel in events. Key: its identifier.
 */
public record OrganisationUpdated(
        UUID organisationId,
        String identifier,
        String kind,
        String iatiType,
        Map<String, String> names,
        List<String> countries,
        List<String> regions,
        List<String> languages,
        String website,
        int version,
        Instant updatedAt,
        String verification,
        String mergedInto,
        String unitOf) implements EventContract {

    /** Events written before organisations were verified say nothing: unverified. */
    public OrganisationUpdated {
        verification = verification == null ? "UNVERIFIED" : verification;
    }


    /** A profile change of an organisation not verified, merged into none. */
    public OrganisationUpdated(UUID organisationId, String identifier, String kind, String iatiType,
            Map<String, String> names, List<String> countries, List<String> regions, List<String> languages,
            String website, int version, Instant updatedAt) {
        this(organisationId, identifier, kind, iatiType, names, countries, regions, languages, website, version,
                updatedAt, "UNVERIFIED", null, null);
    }

    /** A change of an organisation of its own, a unit of none. */
    public OrganisationUpdated(UUID organisationId, String identifier, String kind, String iatiType,
            Map<String, String> names, List<String> countries, List<String> regions, List<String> languages,
            String website, int version, Instant updatedAt, String verification, String mergedInto) {
        this(organisationId, identifier, kind, iatiType, names, countries, regions, languages, website, version,
                updatedAt, verification, mergedInto, null);
    }

    public static final String TYPE = "ta.registry.organisation.updated.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
