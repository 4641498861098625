package org.taplatform.coordination.coverage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.taplatform.coordination.coverage.model.ActivityFact;
import org.taplatform.coordination.coverage.model.Coverage;
import org.taplatform.coordination.coverage.model.CoverageRules;
import org.taplatform.coordination.coverage.model.PledgeFact;
import org.taplatform.coordination.index.IndexedActivity;
import org.taplatform.coordination.index.IndexedNeed;
import org.taplatform.coordination.index.IndexMaintenance;
import org.taplatform.coordination.index.ReadModelIndex;
import org.taplatform.coordination.need.NeedReadModel;
import org.taplatform.events.Topics;
import org.taplatform.events.coordination.NeedCoordinationStatusChanged;
import org.taplatform.events.outbox.Outbox;

/**
 * Keeps each need's coverage up to date as needs, activities and pledges change, in the transaction of the event that
 * changed them, from the read-model index (no query but the write of a changed need), and reports a changed status to
 * needs-service (ta.coordination.need.status-changed.v1) through the outbox.
 */
@ApplicationScoped
public class CoverageService {

    private final ReadModelIndex index;
    private final IndexMaintenance maintenance;
    private final Outbox outbox;

    CoverageService(ReadModelIndex index, IndexMaintenance maintenance, Outbox outbox) {
        this.maintenance = maintenance;
        this.index = index;
        this.outbox = outbox;
    }

    /** Reassesses the given needs. */
    @Transactional(TxType.MANDATORY)
    public void reassess(Collection<UUID> needIds) {
        for (UUID id : needIds) {
            index.need(id).ifPresent(need -> write(need, assess(need, LocalDate.now())));
        }
    }

    /** Reassesses the needs an activity may cover: those it names, and those of its subtypes in its countries. */
    @Transactional(TxType.MANDATORY)
    public void reassessAround(IndexedActivity activity) {
        reassessAround(activity, Optional.empty());
    }

    /** The same, and the needs it may have covered as it was before a change (other countries, subtypes, needs). */
    @Transactional(TxType.MANDATORY)
    public void reassessAround(IndexedActivity activity, Optional<IndexedActivity> before) {
        Set<UUID> ids = new LinkedHashSet<>();
        addNeedsAround(activity, ids);
        before.ifPresent(previous -> addNeedsAround(previous, ids));
        reassess(ids);
    }

    private void addNeedsAround(IndexedActivity activity, Set<UUID> ids) {
        ids.addAll(activity.fact().needIds());
        for (String country : activity.fact().countries()) {
            for (String subtype : activity.fact().taSubtypes()) {
                index.needsIn(country, subtype).forEach(need -> ids.add(need.id()));
            }
        }
    }

    /** The need's coverage from the index alone, or null for a withdrawn need (it is left as it was). */
    public Coverage assess(IndexedNeed need, LocalDate today) {
        if (need.isClosed()) {
            return null;
        }
        // plain loops: a recompute assesses every need, and streams here cost it more than the rules
        List<IndexedActivity> around = index.activitiesAround(need);
        List<ActivityFact> activities = new ArrayList<>(around.size());
        for (IndexedActivity activity : around) {
            activities.add(activity.fact());
        }
        List<PledgeFact> pledges = new ArrayList<>();
        for (var pledge : index.pledgesFor(need.id())) {
            pledges.add(new PledgeFact(pledge.needId(), pledge.donor(), pledge.amount(), pledge.currency(),
                    pledge.status()));
        }
        return CoverageRules.assess(need.id(), need.country(), need.taSubtype(), activities, pledges,
                index.acceptedOffers(need.id()), today);
    }

    /** Whether the assessment differs from what was last written for the need. */
    public static boolean changes(IndexedNeed need, Coverage coverage) {
        return coverage != null && (!coverage.level().name().equals(need.coverageLevel())
                || !coverage.status().equals(need.coverageStatus()) || !coverage.evidence().equals(need.coverageEvidence()));
    }

    /**
     * Writes an assessment that changed, and announces a changed status to needs-service. The need starts OPEN in
     * both services, so a first assessment as unmet announces nothing.
     */
    @Transactional(TxType.MANDATORY)
    public void write(IndexedNeed need, Coverage coverage) {
        if (!changes(need, coverage)) {
            return;
        }
        NeedReadModel row = NeedReadModel.findById(need.id());
        if (row == null) {
            return;
        }
        String before = need.coverageStatus() == null ? "OPEN" : need.coverageStatus();
        row.coverageLevel = coverage.level().name();
        row.coverageStatus = coverage.status();
        row.coverageEvidence = new ArrayList<>(coverage.evidence());
        maintenance.coverageWritten(need.id(), row.coverageLevel, row.coverageStatus, coverage.evidence());
        if (!before.equals(coverage.status())) {
            outbox.record(Topics.COORDINATION_EVENTS, need.country(), need.id().toString(),
                    new NeedCoordinationStatusChanged(need.id(), need.country(), need.consent(), coverage.status(),
                            String.join("; ", coverage.evidence()), Instant.now()));
        }
    }
}
