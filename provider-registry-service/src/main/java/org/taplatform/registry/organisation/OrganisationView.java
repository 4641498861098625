package org.taplatform.registry.organisation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An organisation as the API shows it; contact points only to authenticated callers. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrganisationView(UUID id, @Schema(example = "XI-IATI-NORLANDMFA") String identifier, OrganisationKind kind, String iatiType, String iatiTypeName,
        Map<String, String> names, String name, List<String> countries, List<String> regions, List<String> languages,
        String website,
        @Schema(description = "whether a coordinator checked that it is who it says") Organisation.Verification verification,
        @Schema(description = "what the coordinator checked") String verificationNote, Instant verifiedAt,
        @Schema(description = "the organisation this one duplicates, once merged: follow it") String mergedInto,
        @Schema(description = "the organisation this one is a unit of (a UNODC field office: UNODC)", example = "XM-DAC-41128") String unitOf,
        Instant registeredAt, Instant updatedAt, int version,
        @Schema(description = "absent for anonymous callers: personal data") List<ContactPointView> contactPoints) {

    /** A contact point; an erased one keeps only the record of its erasure. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ContactPointView(UUID id, @Schema(example = "Amina Odhiambo") String name, String position, @Schema(example = "programmes@example.org") String email, String phone,
            List<String> languages, Instant erasedAt, String erasedBy, String erasureReason) {

        static ContactPointView of(ContactPoint contact) {
            return new ContactPointView(contact.id, contact.name, contact.position, contact.email, contact.phone,
                    contact.erasedAt == null ? List.copyOf(contact.languages) : null, contact.erasedAt,
                    contact.erasedBy, contact.erasureReason);
        }
    }

    static OrganisationView of(Organisation organisation, String language, List<ContactPoint> contacts) {
        return new OrganisationView(organisation.id, organisation.identifier, organisation.kind,
                organisation.iatiType, OrganisationTypes.name(organisation.iatiType), Map.copyOf(organisation.names),
                organisation.name(language), List.copyOf(organisation.countries), List.copyOf(organisation.regions),
                List.copyOf(organisation.languages), organisation.website, organisation.verification,
                organisation.verificationNote, organisation.verifiedAt, organisation.mergedInto, organisation.unitOf,
                organisation.registeredAt,
                organisation.updatedAt, organisation.version,
                contacts == null ? null : contacts.stream().map(ContactPointView::of).toList());
    }
}
