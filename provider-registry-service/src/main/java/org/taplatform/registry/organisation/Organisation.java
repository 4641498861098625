package org.taplatform.registry.organisation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A donor, provider or field office, identified by its IATI organisation identifier. */
@Entity
@Table(name = "organisation")
public class Organisation extends PanacheEntityBase {

    @Id
    public UUID id;
    public String identifier;
    @Enumerated(EnumType.STRING)
    public OrganisationKind kind;
    public String iatiType;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> names = new LinkedHashMap<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> countries = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> regions = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> languages = new ArrayList<>();
    public String website;
    /** A coordinator's check that the organisation is who it says. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Verification verification = Verification.UNVERIFIED;
    public String verifiedBy;
    public Instant verifiedAt;
    public String verificationNote;
    /** The organisation this one is a unit of (a UNODC field office: UNODC), if any. */
    public String unitOf;
    /** The organisation this one duplicates, once a coordinator merged them. */
    public String mergedInto;
    public String mergeReason;
    public Instant mergedAt;
    public String registeredBy;
    public Instant registeredAt;
    public Instant updatedAt;
    @Version
    public int version;

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "OrganisationVerification")
    public enum Verification { UNVERIFIED, VERIFIED }

    public static Optional<Organisation> byIdentifier(String identifier) {
        return find("identifier", identifier).firstResultOptional();
    }

    /** The name in the language, else in English, else the first one given. */
    public String name(String language) {
        return Optional.ofNullable(names.get(language)).or(() -> Optional.ofNullable(names.get("en")))
                .orElseGet(() -> names.values().stream().findFirst().orElse(identifier));
    }
}
