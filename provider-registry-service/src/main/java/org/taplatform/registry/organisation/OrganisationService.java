package org.taplatform.registry.organisation;

import java.util.function.Function;
import org.taplatform.reference.paging.KeysetQuery;
import org.taplatform.reference.paging.Page;
import org.taplatform.reference.paging.PageParameters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.taplatform.registry.support.Lists;
import org.taplatform.events.Topics;
import org.taplatform.events.outbox.Outbox;
import org.taplatform.events.registry.OrganisationRegistered;
import org.taplatform.events.registry.OrganisationUpdated;
import org.taplatform.reference.problem.Preconditions;
import org.taplatform.reference.problem.Problem.Violation;
import org.taplatform.reference.problem.ProblemException;
import org.taplatform.reference.security.Caller;
import org.taplatform.registry.support.Editors;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Use cases of organisations and their contact points. */
@ApplicationScoped
public class OrganisationService {

    private final Outbox outbox;

    OrganisationService(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional
    public Organisation register(OrganisationRequest request, Caller caller) {
        Editors.requireMayEdit(caller, request.identifier());
        if (Organisation.byIdentifier(request.identifier()).isPresent()) {
            throw ProblemException.conflict("Organisation " + request.identifier() + " is registered already");
        }
        Organisation organisation = new Organisation();
        organisation.id = UUID.randomUUID();
        organisation.identifier = request.identifier();
        organisation.registeredBy = caller.name();
        organisation.registeredAt = Instant.now();
        copy(request, organisation); // the profile's own checks first: bad input is a 400 before anything else
        requireUnitOfAnOrganisation(request);
        requireNoProbableDuplicate(request);
        organisation.persist();
        outbox.record(Topics.REGISTRY_ORGANISATIONS, organisation.identifier, organisation.id.toString(),
                new OrganisationRegistered(organisation.id, organisation.identifier, organisation.kind.name(),
                        organisation.iatiType, Map.copyOf(organisation.names), List.copyOf(organisation.countries),
                        List.copyOf(organisation.regions), List.copyOf(organisation.languages), organisation.website,
                        organisation.registeredAt, organisation.verification.name(), organisation.mergedInto,
                        organisation.unitOf));
        return organisation;
    }

    @Transactional
    public Organisation update(String identifier, OrganisationRequest request, String ifMatch, Caller caller) {
        Organisation organisation = get(identifier);
        Editors.requireMayEdit(caller, identifier);
        Preconditions.requireMatch(ifMatch, organisation.version);
        if (!identifier.equals(request.identifier())) {
            throw ProblemException.invalid("An organisation keeps its identifier", List.of(new Violation("identifier",
                    "body", "must be " + identifier + " (register the other identifier as an organisation of its own)")));
        }
        copy(request, organisation);
        requireUnitOfAnOrganisation(request);
        if (request.unitOf() != null && Organisation.count("unitOf = ?1 and mergedInto is null", identifier) > 0) {
            throw ProblemException.invalid("1 value rejected; nothing was changed", List.of(new Violation("unitOf",
                    "body", identifier + " has units of its own: an organisation with units is not a unit")));
        }
        announceChange(organisation);
        return organisation;
    }

    /**
     * A coordinator's check that the organisation is who it says (its identifier on its registration agency's list,
     * its website, its people), or the check withdrawn. Shown with the organisation and in matches.
     */
    @Transactional
    public Organisation verify(String identifier, VerificationRequest request, String ifMatch, Caller caller) {
        Organisation organisation = get(identifier);
        Preconditions.requireMatch(ifMatch, organisation.version);
        if (organisation.mergedInto != null) {
            throw ProblemException.conflict(identifier + " was merged into " + organisation.mergedInto
                    + ": verify that one");
        }
        organisation.verification = request.verified() ? Organisation.Verification.VERIFIED
                : Organisation.Verification.UNVERIFIED;
        organisation.verifiedBy = caller.name();
        organisation.verifiedAt = Instant.now();
        organisation.verificationNote = request.note();
        announceChange(organisation);
        return organisation;
    }

    /**
     * Merges a duplicate into the organisation it duplicates: the duplicate stays, so that its identifier still
     * resolves (to a record that names the survivor), but it is no longer listed, matched or a duplicate candidate.
     */
    @Transactional
    public Organisation merge(String identifier, MergeRequest request, String ifMatch, Caller caller) {
        Organisation duplicate = get(identifier);
        Preconditions.requireMatch(ifMatch, duplicate.version);
        if (identifier.equals(request.into())) {
            throw ProblemException.invalid("1 value rejected; nothing was changed", List.of(new Violation("into",
                    "body", "an organisation is not merged into itself")));
        }
        Organisation survivor = Organisation.byIdentifier(request.into()).orElseThrow(() -> ProblemException.invalid(
                "1 value rejected; nothing was changed", List.of(new Violation("into", "body", request.into()
                        + " is not a registered organisation"))));
        if (duplicate.mergedInto != null || survivor.mergedInto != null) {
            throw ProblemException.conflict((duplicate.mergedInto != null ? identifier : request.into())
                    + " was merged already into " + (duplicate.mergedInto != null ? duplicate.mergedInto
                            : survivor.mergedInto));
        }
        duplicate.mergedInto = survivor.identifier;
        duplicate.mergeReason = request.reason();
        duplicate.mergedAt = Instant.now();
        announceChange(duplicate);
        return duplicate;
    }

    /**
     * A unit (a UNODC field office) belongs to a registered organisation of its own (UNODC, not a unit, not merged) and
     * carries that organisation's identifier with a hyphen and the unit's code, so that the identifier alone says
     * whose unit it is, as IATI publishers name their country offices.
     */
    private static void requireUnitOfAnOrganisation(OrganisationRequest request) {
        if (request.unitOf() == null) {
            return;
        }
        String problem = null;
        Optional<Organisation> parent = Organisation.byIdentifier(request.unitOf());
        if (parent.isEmpty()) {
            problem = request.unitOf() + " is not a registered organisation";
        } else if (parent.get().mergedInto != null) {
            problem = request.unitOf() + " was merged into " + parent.get().mergedInto + ": name that one";
        } else if (parent.get().unitOf != null) {
            problem = request.unitOf() + " is itself a unit of " + parent.get().unitOf + ": name that one";
        } else if (!request.identifier().startsWith(request.unitOf() + "-")
                || request.identifier().length() <= request.unitOf().length() + 1) {
            problem = "a unit's identifier is its organisation's followed by a hyphen and the unit's code, e.g. "
                    + request.unitOf() + "-ROEA";
        }
        if (problem != null) {
            throw ProblemException.invalid("1 value rejected; nothing was changed",
                    List.of(new Violation("unitOf", "body", problem)));
        }
    }

    /** Refuses a registration that looks like an organisation registered already, unless the registrant says not. */
    private static void requireNoProbableDuplicate(OrganisationRequest request) {
        List<OrganisationDuplicates.Candidate> candidates = OrganisationDuplicates.of(new OrganisationDuplicates
                .Profile(request.identifier(), request.names(), request.website(), request.unitOf()),
                Organisation.listAll()).stream()
                .filter(c -> request.distinctFrom() == null || !request.distinctFrom().contains(c.identifier()))
                .toList();
        if (!candidates.isEmpty()) {
            throw ProblemException.probableDuplicate(request.identifier() + " looks like " + candidates.size()
                    + " organisation(s) registered already; if it is not, register it again with their identifiers"
                    + " in distinctFrom", Map.of("candidates", candidates));
        }
    }

    /** The profile, verification or merge as it is now, to coordination and every other consumer. */
    private void announceChange(Organisation organisation) {
        organisation.updatedAt = Instant.now();
        Organisation.flush();
        outbox.record(Topics.REGISTRY_ORGANISATIONS, organisation.identifier, organisation.id.toString(),
                new OrganisationUpdated(organisation.id, organisation.identifier, organisation.kind.name(),
                        organisation.iatiType, Map.copyOf(organisation.names), List.copyOf(organisation.countries),
                        List.copyOf(organisation.regions), List.copyOf(organisation.languages), organisation.website,
                        organisation.version, organisation.updatedAt, organisation.verification.name(),
                        organisation.mergedInto, organisation.unitOf));
    }

    @Transactional
    public Organisation get(String identifier) {
        return Organisation.byIdentifier(identifier)
                .orElseThrow(() -> ProblemException.notFound("No organisation " + identifier));
    }

    /** Organisations by identifier, from after the given one (keyset pages), filtered. */
    @Transactional
    public <T> Page<T> list(OrganisationKind kind, String country, String region, String text, String unitOf,
            PageParameters page, Function<Organisation, T> view) {
        return KeysetQuery.of(Organisation.getEntityManager(), Organisation.class, "organisations")
                .where("kind = :kind", "kind", kind)
                .where("unitOf = :unitOf", "unitOf", unitOf)
                .where("array_contains(countries, :country)", "country", country)
                .where("array_contains(regions, :region)", "region", region)
                .where("mergedInto is null")
                .where("(lower(cast(names as String)) like :text or lower(identifier) like :text)", "text",
                        text == null || text.isBlank() ? null
                                : "%" + text.toLowerCase(java.util.Locale.ROOT).replace("%", "\\%") + "%")
                .orderBy("identifier", organisation -> organisation.identifier)
                .changedAt("registeredAt", "updatedAt")
                .page(page, view);
    }

    @Transactional
    public List<ContactPoint> contactPoints(Organisation organisation) {
        return ContactPoint.list("organisationId", Sort.by("createdAt"), organisation.id);
    }

    @Transactional
    public ContactPoint addContactPoint(String identifier, ContactPointRequest request, Caller caller) {
        Organisation organisation = get(identifier);
        Editors.requireMayEdit(caller, identifier);
        ContactPoint contact = new ContactPoint();
        contact.id = UUID.randomUUID();
        contact.organisationId = organisation.id;
        contact.name = request.name();
        contact.position = request.position();
        contact.email = request.email();
        contact.phone = request.phone();
        contact.languages = new ArrayList<>(request.languages() == null ? List.of() : request.languages());
        contact.createdAt = Instant.now();
        contact.persist();
        return contact;
    }

    /** Erases a contact point's personal data for good; the erasure itself is kept (who, when, why). */
    @Transactional
    public ContactPoint erase(String identifier, UUID contactId, ErasureRequest request, Caller caller) {
        Organisation organisation = get(identifier);
        Editors.requireMayEdit(caller, identifier);
        ContactPoint contact = ContactPoint.<ContactPoint>findByIdOptional(contactId)
                .filter(c -> c.organisationId.equals(organisation.id))
                .orElseThrow(() -> ProblemException.notFound("No contact point " + contactId + " at " + identifier));
        if (contact.erasedAt != null) {
            throw ProblemException.conflict("Contact point " + contactId + " was erased on " + contact.erasedAt);
        }
        contact.erase(caller.name(), request.reason());
        return contact;
    }

    private static void copy(OrganisationRequest request, Organisation organisation) {
        String iatiType = request.iatiType() == null ? request.kind().defaultIatiType() : request.iatiType();
        if (!OrganisationTypes.exists(iatiType) || !request.kind().iatiTypes().contains(iatiType)) {
            throw ProblemException.invalid("1 value(s) rejected; nothing was changed", List.of(new Violation(
                    "iatiType", "body", "must be one of " + request.kind().iatiTypes() + " for " + request.kind())));
        }
        organisation.kind = request.kind();
        organisation.iatiType = iatiType;
        organisation.names = new LinkedHashMap<>(request.names());
        organisation.countries = Lists.distinct(request.countries());
        organisation.regions = Lists.distinct(request.regions());
        organisation.languages = Lists.distinct(request.languages());
        organisation.website = request.website();
        organisation.unitOf = request.unitOf();
        organisation.updatedAt = Instant.now();
    }
}
