package org.taplatform.coordination.coverage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.taplatform.coordination.coverage.model.ActivityFact;
import org.taplatform.coordination.coverage.model.Coverage;
import org.taplatform.coordination.coverage.model.CoverageRules;
import org.taplatform.coordination.coverage.model.OfferFact;
import org.taplatform.coordination.coverage.model.PledgeFact;
import org.taplatform.coordination.need.NeedReadModel;
import org.taplatform.coordination.provider.ActivityReadModel;
import org.taplatform.coordination.provider.PledgeReadModel;
import org.taplatform.events.Topics;
import org.taplatform.events.coordination.NeedCoordinationStatusChanged;
import org.taplatform.events.outbox.Outbox;

/**
 * Keeps each need's coverage up to date as needs, activities and pledges change, in the transaction of the event that
 * changed them, and reports a changed status to needs-service (ta.coordination.need.status-changed.v1) through the
 * outbox. A need starts OPEN in both services, so an unmet need announces nothing.
 */
@ApplicationScoped
public class CoverageService {

    private final Outbox outbox;

    CoverageService(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Reassesses the given needs. */
    @Transactional(TxType.MANDATORY)
    public void reassess(Collection<UUID> needIds) {
        if (needIds.isEmpty()) {
            return;
        }
        for (NeedReadModel need : NeedReadModel.<NeedReadModel>list("id in ?1", Set.copyOf(needIds))) {
            reassess(need);
        }
    }

    /** Reassesses the needs an activity may cover: those it names, and those of its subtypes in its countries. */
    @Transactional(TxType.MANDATORY)
    public void reassessAround(ActivityReadModel activity) {
        List<UUID> ids = new ArrayList<>(java.util.Arrays.asList(activity.needIds));
        if (activity.recipientCountries.length > 0 && activity.taSubtypes.length > 0) {
            NeedReadModel.<NeedReadModel>list("country in ?1 and taSubtype in ?2", java.util.Arrays.asList(activity.recipientCountries),
                    java.util.Arrays.asList(activity.taSubtypes)).forEach(need -> ids.add(need.id));
        }
        reassess(ids);
    }

    private void reassess(NeedReadModel need) {
        if ("WITHDRAWN".equals(need.status)) {
            return;
        }
        // native SQL: "@> array[...]" says plainly what HQL leaves to type inference, and GIN indexes serve it
        @SuppressWarnings("unchecked")
        List<ActivityReadModel> candidates = ActivityReadModel.getEntityManager().createNativeQuery(
                "select * from activity_read_model where not withdrawn and duplicate_of is null"
                        + " and (need_ids @> array[cast(?1 as uuid)] or (recipient_countries @> array[cast(?2 as varchar)]"
                        + " and ta_subtypes @> array[cast(?3 as varchar)]))",
                ActivityReadModel.class).setParameter(1, need.id.toString()).setParameter(2, need.country)
                .setParameter(3, need.taSubtype).getResultList();
        List<ActivityFact> activities = candidates.stream()
                .map(a -> new ActivityFact(a.iatiIdentifier, Set.copyOf(java.util.Arrays.asList(a.needIds)), Set.copyOf(java.util.Arrays.asList(a.taSubtypes)),
                        Set.copyOf(java.util.Arrays.asList(a.recipientCountries)), a.status, a.actualStart != null ? a.actualStart : a.plannedStart,
                        a.actualEnd != null ? a.actualEnd : a.plannedEnd))
                .toList();
        List<PledgeFact> pledges = PledgeReadModel.<PledgeReadModel>list("needId", need.id).stream()
                .map(p -> new PledgeFact(p.needId, p.donor, p.amount, p.currency, p.status)).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> offers = NeedReadModel.getEntityManager().createNativeQuery(
                "select o.organisation, o.title from ta_offer o join ta_request r on r.id = o.request_id"
                        + " where o.status = 'ACCEPTED' and r.need_ids @> array[cast(?1 as uuid)] order by o.submitted_at")
                .setParameter(1, need.id.toString()).getResultList();
        List<OfferFact> accepted = offers.stream().map(row -> new OfferFact((String) row[0], (String) row[1])).toList();
        Coverage coverage = CoverageRules.assess(need.id, need.country, need.taSubtype, activities, pledges, accepted,
                LocalDate.now());
        String before = need.coverageStatus == null ? "OPEN" : need.coverageStatus;
        need.coverageLevel = coverage.level().name();
        need.coverageStatus = coverage.status();
        need.coverageEvidence = new ArrayList<>(coverage.evidence());
        if (!before.equals(coverage.status())) {
            outbox.record(Topics.COORDINATION_EVENTS, need.country, need.id.toString(), new NeedCoordinationStatusChanged(
                    need.id, need.country, need.consent, coverage.status(), String.join("; ", coverage.evidence()),
                    Instant.now()));
        }
    }
}
