package org.taplatform.coordination.overlap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.taplatform.coordination.overlap.model.AlertStatus;
import org.taplatform.coordination.overlap.model.Overlap;
import org.taplatform.coordination.overlap.model.OverlapRules;
import org.taplatform.coordination.provider.ActivityReadModel;

/**
 * Keeps the overlap alerts of one activity up to date when the registry announces a change of it, in the event's
 * transaction: an overlap found with another organisation's live activity raises an alert (or updates its evidence),
 * and an alert whose overlap went away (dates, subtypes, texts changed; activity withdrawn, ended, merged) closes.
 */
@ApplicationScoped
public class OverlapDetectionService {

    /** Pipeline, implementation, finalisation: activities that can still be coordinated. */
    static final List<String> LIVE = List.of("1", "2", "3");

    private final OverlapAlertLog log;

    OverlapDetectionService(OverlapAlertLog log) {
        this.log = log;
    }

    @Transactional(TxType.MANDATORY)
    public void detectAround(ActivityReadModel activity) {
        Map<UUID, Overlap> found = new HashMap<>();
        Map<UUID, ActivityReadModel> others = new HashMap<>();
        if (isLive(activity)) {
            var compared = OverlapCheckService.compared(activity);
            for (ActivityReadModel other : liveActivitiesOfOthersIn(activity)) {
                OverlapRules.compare(compared, OverlapCheckService.compared(other)).ifPresent(overlap -> {
                    found.put(other.id, overlap);
                    others.put(other.id, other);
                });
            }
        }
        Map<UUID, OverlapAlert> existing = new HashMap<>();
        for (OverlapAlert alert : OverlapAlert.<OverlapAlert>list("activityId = ?1 or otherActivityId = ?1",
                activity.id)) {
            existing.put(alert.activityId.equals(activity.id) ? alert.otherActivityId : alert.activityId, alert);
        }
        for (var entry : found.entrySet()) {
            OverlapAlert alert = existing.get(entry.getKey());
            if (alert == null) {
                raise(activity, others.get(entry.getKey()), entry.getValue());
            } else {
                refresh(alert, entry.getValue());
            }
        }
        for (var entry : existing.entrySet()) {
            OverlapAlert alert = entry.getValue();
            if (!found.containsKey(entry.getKey()) && alert.status.isActive()) {
                AlertStatus before = alert.status;
                alert.status = alert.status.close();
                log.moved(alert, before, OverlapAlertLog.DETECTION, "no longer overlapping");
            }
        }
    }

    private static boolean isLive(ActivityReadModel activity) {
        return !activity.withdrawn && activity.duplicateOf == null && LIVE.contains(activity.status);
    }

    @SuppressWarnings("unchecked")
    private static List<ActivityReadModel> liveActivitiesOfOthersIn(ActivityReadModel activity) {
        // what the rules require of a pair, asked of the database first: a shared country, a shared subtype or
        // beneficiary group, overlapping dates (an open start or end runs on); the texts are compared in Java
        LocalDate start = activity.actualStart != null ? activity.actualStart : activity.plannedStart;
        LocalDate end = activity.actualEnd != null ? activity.actualEnd : activity.plannedEnd;
        return ActivityReadModel.getEntityManager().createNativeQuery(
                "select * from activity_read_model where not withdrawn and duplicate_of is null"
                        + " and status in ('1', '2', '3') and reporting_organisation <> ?1"
                        + " and recipient_countries && cast(?2 as varchar[])"
                        + " and (ta_subtypes && cast(?3 as varchar[]) or beneficiary_groups && cast(?4 as varchar[]))"
                        + " and coalesce(actual_start, planned_start, date '-infinity') <= cast(?5 as date)"
                        + " and coalesce(actual_end, planned_end, date 'infinity') >= cast(?6 as date)",
                ActivityReadModel.class).setParameter(1, activity.reportingOrganisation)
                .setParameter(2, arrayLiteral(activity.recipientCountries))
                .setParameter(3, arrayLiteral(activity.taSubtypes))
                .setParameter(4, arrayLiteral(activity.beneficiaryGroups))
                .setParameter(5, end == null ? "infinity" : end.toString())
                .setParameter(6, start == null ? "-infinity" : start.toString()).getResultList();
    }

    /** A PostgreSQL array literal of codes (letters, digits, dots, underscores: nothing to quote). */
    private static String arrayLiteral(String[] codes) {
        return "{" + String.join(",", codes) + "}";
    }

    private void raise(ActivityReadModel activity, ActivityReadModel other, Overlap overlap) {
        boolean first = activity.id.toString().compareTo(other.id.toString()) < 0;
        ActivityReadModel a = first ? activity : other;
        ActivityReadModel b = first ? other : activity;
        OverlapAlert alert = new OverlapAlert();
        alert.id = UUID.randomUUID();
        alert.activityId = a.id;
        alert.activity = a.iatiIdentifier;
        alert.organisation = a.reportingOrganisation;
        alert.otherActivityId = b.id;
        alert.otherActivity = b.iatiIdentifier;
        alert.otherOrganisation = b.reportingOrganisation;
        alert.countries = sharedCountries(a, b);
        alert.severity = overlap.severity();
        alert.similarity = overlap.similarity();
        alert.evidence = new ArrayList<>(overlap.evidence());
        alert.status = AlertStatus.OPEN;
        alert.detectedAt = Instant.now();
        alert.updatedAt = alert.detectedAt;
        alert.persist();
        log.moved(alert, null, OverlapAlertLog.DETECTION, "detected");
    }

    /** The same pair found again: newer evidence; a closed alert opens again, a person's decision stays. */
    private void refresh(OverlapAlert alert, Overlap overlap) {
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

    private static String[] sharedCountries(ActivityReadModel a, ActivityReadModel b) {
        List<String> other = List.of(b.recipientCountries);
        return java.util.Arrays.stream(a.recipientCountries).filter(other::contains).sorted().toArray(String[]::new);
    }
}
