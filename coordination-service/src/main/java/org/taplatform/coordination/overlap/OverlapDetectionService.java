package org.taplatform.coordination.overlap;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.taplatform.coordination.index.IndexedActivity;
import org.taplatform.coordination.index.ReadModelIndex;
import org.taplatform.coordination.overlap.model.AlertStatus;
import org.taplatform.coordination.overlap.model.ComparedActivity;
import org.taplatform.coordination.overlap.model.Overlap;
import org.taplatform.coordination.overlap.model.OverlapRules;
import org.taplatform.coordination.overlap.model.TermStatistics;

/**
 * Keeps the overlap alerts of one activity up to date when the registry announces a change of it, in the event's
 * transaction: an overlap found with another organisation's live activity raises an alert (or updates its evidence),
 * and an alert whose overlap went away (dates, subtypes, texts changed; activity withdrawn, ended, merged) closes. The
 * candidates come from the read-model index (activities sharing a country and a subtype or beneficiary group), so
 * the only queries are the activity's alerts and their writes.
 */
@ApplicationScoped
public class OverlapDetectionService {

    private final ReadModelIndex index;
    private final OverlapAlertLog log;

    OverlapDetectionService(ReadModelIndex index, OverlapAlertLog log) {
        this.index = index;
        this.log = log;
    }

    /** The overlaps of a live activity with other live activities, by the other's id. */
    public Map<UUID, Overlap> overlapsOf(IndexedActivity activity) {
        Map<UUID, Overlap> found = new HashMap<>();
        if (activity.isLive()) {
            ComparedActivity compared = activity.compared();
            index.forEachOverlapCandidate(activity, other -> OverlapRules.compare(compared, other.compared(),
                    index.termStatistics())
                    .ifPresent(overlap -> found.put(other.id(), overlap)));
        }
        return found;
    }

    /** An overlapping pair: the activity first in alert order, the other, and the overlap as the first sees it. */
    public record OverlappingPair(IndexedActivity activity, IndexedActivity other, Overlap overlap) {
    }

    /** Every overlapping pair of live activities, each once, found on all cores (a full recompute). */
    public void forEachOverlap(Consumer<OverlappingPair> action) {
        TermStatistics weights = index.termStatistics().frozen(); // each term weighed once, not once per pair
        index.forEachOverlapCandidatePair((activity, other) -> OverlapRules.compare(activity.compared(),
                other.compared(), weights).ifPresent(overlap -> action.accept(new OverlappingPair(activity, other, overlap))));
    }

    @Transactional(TxType.MANDATORY)
    public void detectAround(IndexedActivity activity) {
        Map<UUID, OverlapAlert> existing = new HashMap<>();
        for (OverlapAlert alert : OverlapAlert.<OverlapAlert>list("activityId = ?1 or otherActivityId = ?1",
                activity.id())) {
            existing.put(alert.activityId.equals(activity.id()) ? alert.otherActivityId : alert.activityId, alert);
        }
        apply(activity, overlapsOf(activity), existing);
    }

    /**
     * Brings the activity's alerts in line with the overlaps found: raises the new, refreshes the known, closes those
     * whose overlap went away. {@code existing}: the activity's alerts by the other activity's id.
     */
    @Transactional(TxType.MANDATORY)
    public void apply(IndexedActivity activity, Map<UUID, Overlap> found, Map<UUID, OverlapAlert> existing) {
        for (var entry : found.entrySet()) {
            OverlapAlert alert = existing.get(entry.getKey());
            if (alert == null) {
                index.activity(entry.getKey()).ifPresent(other -> raise(activity, other, entry.getValue()));
            } else {
                refresh(alert, entry.getValue());
            }
        }
        for (var entry : existing.entrySet()) {
            if (!found.containsKey(entry.getKey())) {
                close(entry.getValue());
            }
        }
    }

    /** An alert whose pair no longer overlaps closes (unless a person already decided it). */
    @Transactional(TxType.MANDATORY)
    public void close(OverlapAlert alert) {
        if (alert.status.isActive()) {
            AlertStatus before = alert.status;
            alert.status = alert.status.close();
            log.moved(alert, before, OverlapAlertLog.DETECTION, "no longer overlapping");
        }
    }

    /** Whether the alert already says what the overlap says (a recompute then writes nothing). */
    public static boolean isCurrent(OverlapAlert alert, Overlap overlap) {
        return isCurrent(alert.severity, alert.similarity, alert.evidence, alert.status, overlap);
    }

    /** The same, from the columns the rules set. */
    public static boolean isCurrent(Overlap.Severity severity, double similarity, List<String> evidence,
            AlertStatus status, Overlap overlap) {
        return severity == overlap.severity() && similarity == overlap.similarity()
                && evidence.equals(overlap.evidence()) && status.redetected() == status;
    }

    /** A new alert for a pair found overlapping. */
    @Transactional(TxType.MANDATORY)
    public void raise(IndexedActivity activity, IndexedActivity other, Overlap overlap) {
        boolean first = activity.id().toString().compareTo(other.id().toString()) < 0;
        IndexedActivity a = first ? activity : other;
        IndexedActivity b = first ? other : activity;
        OverlapAlert alert = new OverlapAlert();
        alert.id = UUID.randomUUID();
        alert.activityId = a.id();
        alert.activity = a.iatiIdentifier();
        alert.organisation = a.reportingOrganisation();
        alert.otherActivityId = b.id();
        alert.otherActivity = b.iatiIdentifier();
        alert.otherOrganisation = b.reportingOrganisation();
        alert.countries = a.fact().countries().stream().filter(b.fact().countries()::contains).sorted()
                .toArray(String[]::new);
        alert.concerned = concerned(a, b);
        alert.severity = overlap.severity(); // the evidence is symmetric: shared countries, subtypes, groups, text
        alert.similarity = overlap.similarity();
        alert.evidence = new ArrayList<>(overlap.evidence());
        alert.status = AlertStatus.OPEN;
        alert.detectedAt = Instant.now();
        alert.updatedAt = alert.detectedAt;
        alert.persist();
        log.moved(alert, null, OverlapAlertLog.DETECTION, "detected");
    }

    /**
     * The organisations an alert on the two concerns, sorted: both reporting organisations, and those funding (1),
     * extending (3) or implementing (4) either.
     */
    static String[] concerned(IndexedActivity a, IndexedActivity b) {
        java.util.TreeSet<String> concerned = new java.util.TreeSet<>();
        for (IndexedActivity activity : List.of(a, b)) {
            concerned.add(activity.reportingOrganisation());
            for (ComparedActivity.Participant participant : activity.compared().participants()) {
                if (!"2".equals(participant.role())) {
                    concerned.add(participant.organisation());
                }
            }
        }
        return concerned.toArray(String[]::new);
    }

    /** The same pair found again: newer evidence; a closed alert opens again, a person's decision stays. */
    @Transactional(TxType.MANDATORY)
    public void refresh(OverlapAlert alert, Overlap overlap) {
        index.activity(alert.activityId).ifPresent(a -> index.activity(alert.otherActivityId).ifPresent(b -> {
            String[] concerned = concerned(a, b);
            if (!java.util.Arrays.equals(concerned, alert.concerned)) {
                alert.concerned = concerned; // who takes part changed
            }
        }));
        if (isCurrent(alert, overlap)) {
            return; // nothing new: no write
        }
        alert.severity = overlap.severity();
        alert.similarity = overlap.similarity();
        alert.evidence = new ArrayList<>(overlap.evidence());
        AlertStatus before = alert.status;
        alert.status = alert.status.redetected();
        if (before != alert.status) {
            alert.detectedAt = Instant.now();
            log.moved(alert, before, OverlapAlertLog.DETECTION, "detected again");
        }
    }
}
