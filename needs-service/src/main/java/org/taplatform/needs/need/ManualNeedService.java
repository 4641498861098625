package org.taplatform.needs.need;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.taplatform.events.NeedSource;
import org.taplatform.events.Topics;
import org.taplatform.events.outbox.Outbox;
import org.taplatform.needs.cycle.ReportingCycle;
import org.taplatform.reference.ReferenceData;
import org.taplatform.reference.TaSubtype;
import org.taplatform.reference.problem.Preconditions;
import org.taplatform.reference.problem.Problem.Violation;
import org.taplatform.reference.problem.ProblemException;

/**
 * Needs a coordinator records by hand, from a State's written request outside a survey (source MANUAL): recorded,
 * corrected and withdrawn here. Needs stated in a survey change only through the State's response.
 */
@ApplicationScoped
public class ManualNeedService {

    private final Outbox outbox;
    private final NeedService needs;

    ManualNeedService(Outbox outbox, NeedService needs) {
        this.outbox = outbox;
        this.needs = needs;
    }

    @Transactional
    public Need record(ManualNeedRequest request, String coordinator) {
        Need need = new Need();
        need.id = UUID.randomUUID();
        need.source = NeedSource.MANUAL;
        need.status = Need.Status.OPEN;
        need.registeredAt = Instant.now();
        need.recordedBy = coordinator;
        copy(request, need);
        need.persist();
        outbox.record(Topics.NEEDS, need.country, need.id.toString(), NeedEvents.registered(need));
        return need;
    }

    @Transactional
    public Need correct(UUID id, ManualNeedRequest request, String ifMatch) {
        Need need = manualNeed(id, ifMatch);
        if (need.status == Need.Status.WITHDRAWN) {
            throw ProblemException.conflict("Need " + id + " is withdrawn; record a new one instead");
        }
        if (!need.country.equals(request.country())) {
            throw ProblemException.conflict("A need stays with its country (" + need.country
                    + "); withdraw it and record one for " + request.country());
        }
        copy(request, need);
        Need.flush(); // the new version is the ETag of the answer
        outbox.record(Topics.NEEDS, need.country, need.id.toString(), NeedEvents.updated(need));
        return need;
    }

    @Transactional
    public Need withdraw(UUID id, WithdrawalRequest request, String ifMatch) {
        Need need = manualNeed(id, ifMatch);
        if (need.status == Need.Status.WITHDRAWN) {
            throw ProblemException.conflict("Need " + id + " is already withdrawn");
        }
        needs.withdraw(need, request.reason());
        need.statusReason = request.reason();
        need.statusChangedAt = Instant.now();
        Need.flush();
        return need;
    }

    private static Need manualNeed(UUID id, String ifMatch) {
        Need need = Need.<Need>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No need " + id));
        if (need.source != NeedSource.MANUAL) {
            throw ProblemException.conflict("Need " + id + " was " + (need.source == NeedSource.SURVEY
                    ? "stated in a survey response: it changes when the State amends its response"
                    : "assumed for a State that did not respond: it changes with the State's next response"));
        }
        Preconditions.requireMatch(ifMatch, need.version);
        return need;
    }

    private static void copy(ManualNeedRequest request, Need need) {
        TaSubtype subtype = ReferenceData.instance().taSubtype(request.taSubtype()).orElseThrow();
        List<Violation> violations = new ArrayList<>();
        if (!subtype.appliesTo(request.instrument())) {
            violations.add(new Violation("taSubtype", "body", "TA subtype " + subtype.code() + " does not apply to "
                    + request.instrument()));
        }
        if (request.cycleId() != null && ReportingCycle.findById(request.cycleId()) == null) {
            violations.add(new Violation("cycleId", "body", "is not a reporting cycle survey-service announced"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations.size() + " value(s) rejected; nothing was changed", violations);
        }
        need.country = request.country();
        need.instrument = request.instrument();
        need.article = request.article();
        need.taType = subtype.typeCode();
        need.taSubtype = subtype.code();
        need.thematicArea = request.thematicArea();
        need.beneficiaryGroups = new ArrayList<>(request.beneficiaryGroups() == null ? List.of()
                : request.beneficiaryGroups().stream().distinct().toList());
        need.description = request.description();
        need.priority = request.priority();
        need.consent = request.consent();
        need.cycleId = request.cycleId();
        need.requestReference = request.requestReference();
    }
}
