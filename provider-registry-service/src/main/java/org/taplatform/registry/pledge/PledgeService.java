package org.taplatform.registry.pledge;

import org.taplatform.reference.paging.KeysetQuery;
import org.taplatform.reference.paging.Page;
import org.taplatform.reference.paging.PageParameters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.taplatform.events.Topics;
import org.taplatform.events.outbox.Outbox;
import org.taplatform.events.registry.PledgeChanged;
import org.taplatform.events.registry.PledgeRecorded;
import org.taplatform.reference.ReferenceData;
import org.taplatform.reference.problem.Preconditions;
import org.taplatform.reference.problem.Problem.Violation;
import org.taplatform.reference.problem.ProblemException;
import org.taplatform.registry.activity.Activity;
import org.taplatform.registry.organisation.Organisation;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Use cases of pledges and contributions; the caller's right to act for the donor is checked by the resource. */
@ApplicationScoped
public class PledgeService {

    private final Outbox outbox;

    PledgeService(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional
    public Pledge record(PledgeRequest request, String by) {
        requireValid(request);
        Pledge pledge = new Pledge();
        pledge.id = UUID.randomUUID();
        pledge.createdBy = by;
        pledge.createdAt = Instant.now();
        copy(request, pledge);
        pledge.persist();
        outbox.record(Topics.REGISTRY_ACTIVITIES, pledge.country, pledge.id.toString(), new PledgeRecorded(pledge.id,
                pledge.donor, pledge.country, pledge.needId, pledge.taType, pledge.taSubtype, pledge.activityId,
                pledge.amount, pledge.currency, pledge.status.name(), pledge.createdAt));
        return pledge;
    }

    /** Changes the amount, currency, status or note; the donor and the target stay (a new target is a new pledge). */
    @Transactional
    public Pledge change(UUID id, PledgeRequest request, String ifMatch) {
        Pledge pledge = get(id);
        Preconditions.requireMatch(ifMatch, pledge.version);
        if (!pledge.donor.equals(request.donor()) || !pledge.country.equals(request.country())
                || !java.util.Objects.equals(pledge.needId, request.needId())
                || !java.util.Objects.equals(pledge.activityId, request.activityId())
                || !java.util.Objects.equals(pledge.taType, request.taType())
                || !java.util.Objects.equals(pledge.taSubtype, request.taSubtype())) {
            throw ProblemException.conflict("A pledge keeps its donor and target; record a new pledge for another");
        }
        if (pledge.status != request.status() && !pledge.status.mayBecome(request.status())) {
            throw ProblemException.conflict("A " + pledge.status + " pledge cannot become " + request.status()
                    + " (pledged, then committed, then disbursed; cancelled before it is disbursed)");
        }
        if (pledge.status == Pledge.Status.DISBURSED || pledge.status == Pledge.Status.CANCELLED) {
            throw ProblemException.conflict("A " + pledge.status + " pledge no longer changes");
        }
        requireValid(request);
        copy(request, pledge);
        Pledge.flush();
        outbox.record(Topics.REGISTRY_ACTIVITIES, pledge.country, pledge.id.toString(), new PledgeChanged(pledge.id,
                pledge.donor, pledge.country, pledge.needId, pledge.taType, pledge.taSubtype, pledge.activityId,
                pledge.amount, pledge.currency, pledge.status.name(), pledge.version, pledge.updatedAt));
        return pledge;
    }

    @Transactional
    public Pledge get(UUID id) {
        return Pledge.<Pledge>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No pledge " + id));
    }

    /** The pledges the filters select, oldest first, by keyset. */
    @Transactional
    public Page<PledgeView> list(String country, String donor, UUID needId, UUID activityId, PageParameters page) {
        return KeysetQuery.of(Pledge.getEntityManager(), Pledge.class, "pledges")
                .where("country = :country", "country", country)
                .where("donor = :donor", "donor", donor)
                .where("needId = :need", "need", needId)
                .where("activityId = :activity", "activity", activityId)
                .orderBy("createdAt", pledge -> pledge.createdAt, java.time.Instant::parse)
                .orderBy("id", pledge -> pledge.id, UUID::fromString)
                .changedAt("updatedAt")
                .page(page, PledgeView::of);
    }

    private static void requireValid(PledgeRequest request) {
        List<Violation> violations = new ArrayList<>();
        int targets = (request.needId() != null ? 1 : 0) + (request.activityId() != null ? 1 : 0)
                + (request.taType() != null || request.taSubtype() != null ? 1 : 0);
        if (targets > 1) {
            violations.add(new Violation("needId", "body",
                    "a pledge goes to one of: a need, an activity, a theme (taType or taSubtype), or the whole country"));
        }
        if (request.taType() != null && request.taSubtype() != null && !ReferenceData.instance()
                .taSubtype(request.taSubtype()).map(s -> s.typeCode().equals(request.taType())).orElse(false)) {
            violations.add(new Violation("taSubtype", "body", request.taSubtype() + " is not a subtype of " + request.taType()));
        }
        if (request.activityId() != null) {
            Activity activity = Activity.findById(request.activityId());
            if (activity == null) {
                violations.add(new Violation("activityId", "body", "is not an activity of the registry"));
            } else if (!activity.recipientCountryCodes.contains(request.country())) {
                violations.add(new Violation("activityId", "body", "the activity's recipient countries "
                        + activity.recipientCountryCodes + " do not include " + request.country()));
            }
        }
        if (Organisation.byIdentifier(request.donor()).isEmpty()) {
            violations.add(new Violation("donor", "body", request.donor() + " is not a registered organisation"));
        }
        if (!org.taplatform.reference.ReferenceData.instance().isCurrency(request.currency())) {
            violations.add(new Violation("currency", "body", request.currency()
                    + " is not a current ISO 4217 currency (metals, fund codes such as USN, XXX and XTS are not)"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations.size() + " value(s) rejected; nothing was changed", violations);
        }
    }

    private static void copy(PledgeRequest request, Pledge pledge) {
        pledge.donor = request.donor();
        pledge.country = request.country();
        pledge.needId = request.needId();
        pledge.activityId = request.activityId();
        pledge.taSubtype = request.taSubtype();
        pledge.taType = request.taType() != null ? request.taType() : request.taSubtype() == null ? null
                : ReferenceData.instance().taSubtype(request.taSubtype()).map(s -> s.typeCode()).orElse(null);
        pledge.amount = request.amount().setScale(2, java.math.RoundingMode.HALF_UP);
        pledge.currency = request.currency();
        pledge.status = request.status();
        pledge.note = request.note();
        pledge.updatedAt = Instant.now();
    }
}
