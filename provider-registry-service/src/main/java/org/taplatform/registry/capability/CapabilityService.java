package org.taplatform.registry.capability;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.taplatform.registry.support.Lists;
import org.taplatform.events.Topics;
import org.taplatform.events.outbox.Outbox;
import org.taplatform.events.registry.CapabilityChanged;
import org.taplatform.reference.ReferenceData;
import org.taplatform.reference.problem.Preconditions;
import org.taplatform.reference.problem.Problem.Violation;
import org.taplatform.reference.problem.ProblemException;
import org.taplatform.reference.security.Caller;
import org.taplatform.registry.organisation.Organisation;
import org.taplatform.registry.organisation.OrganisationService;
import org.taplatform.registry.support.Editors;

import io.quarkus.panache.common.Sort;

/**
 * An organisation's capabilities, replaced as a whole (the list an organisation keeps is short, and a whole list
 * is what matching needs to see), under the organisation's version so that two editors cannot overwrite each other.
 */
@ApplicationScoped
public class CapabilityService {

    private final OrganisationService organisations;
    private final Outbox outbox;

    CapabilityService(OrganisationService organisations, Outbox outbox) {
        this.organisations = organisations;
        this.outbox = outbox;
    }

    @Transactional
    public List<Capability> of(String identifier) {
        Organisation organisation = organisations.get(identifier);
        return Capability.list("organisationId", Sort.by("taSubtype").and("id"), organisation.id);
    }

    @Transactional
    public List<Capability> replace(String identifier, List<CapabilityRequest> requests, String ifMatch,
            Caller caller) {
        Organisation organisation = organisations.get(identifier);
        Editors.requireMayEdit(caller, identifier);
        Preconditions.requireMatch(ifMatch, organisation.version);
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            CapabilityRequest request = requests.get(i);
            var subtype = ReferenceData.instance().taSubtype(request.taSubtype()).orElseThrow();
            for (String instrument : request.instruments()) {
                if (!subtype.appliesTo(instrument)) {
                    violations.add(new Violation("[" + i + "].instruments", "body",
                            "TA subtype " + subtype.code() + " does not apply to " + instrument));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations.size() + " value(s) rejected; nothing was changed", violations);
        }
        Capability.delete("organisationId", organisation.id);
        List<Capability> capabilities = new ArrayList<>();
        for (CapabilityRequest request : requests) {
            Capability capability = new Capability();
            capability.id = UUID.randomUUID();
            capability.organisationId = organisation.id;
            capability.taSubtype = request.taSubtype();
            capability.instruments = Lists.distinct(request.instruments());
            capability.deliveryModes = Lists.distinct(request.deliveryModes().stream().map(Enum::name).toList());
            capability.regions = Lists.distinct(request.regions());
            capability.countries = Lists.distinct(request.countries());
            capability.languages = Lists.distinct(request.languages());
            capability.description = request.description();
            capability.createdAt = Instant.now();
            capability.persist();
            capabilities.add(capability);
        }
        organisation.updatedAt = Instant.now(); // the organisation's version moves: the next editor must read again
        Organisation.flush();
        outbox.record(Topics.REGISTRY_ORGANISATIONS, organisation.identifier, organisation.id.toString(),
                new CapabilityChanged(organisation.id, organisation.identifier, capabilities.stream()
                        .map(c -> new CapabilityChanged.Capability(c.id, c.taSubtype, List.copyOf(c.instruments),
                                List.copyOf(c.deliveryModes), List.copyOf(c.regions), List.copyOf(c.countries),
                                List.copyOf(c.languages), c.description))
                        .toList(), Instant.now()));
        return capabilities;
    }
}
