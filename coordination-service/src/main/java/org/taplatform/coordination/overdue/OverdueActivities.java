package org.taplatform.coordination.overdue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.taplatform.coordination.coverage.CoverageService;
import org.taplatform.coordination.index.ActivitySettings;
import org.taplatform.coordination.index.IndexMaintenance;
import org.taplatform.coordination.index.ReadModelIndex;
import org.taplatform.coordination.overlap.OverlapDetectionService;
import org.taplatform.coordination.provider.ActivityReadModel;
import org.taplatform.events.Topics;
import org.taplatform.events.coordination.ActivityOverdue;
import org.taplatform.events.outbox.Outbox;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Activities overdue for an update: still reported in pipeline or implementation while their (actual, else planned)
 * end passed more than the grace ago ({@link ActivitySettings}). They count for nothing here (the index makes them
 * neither live for overlaps nor under way for coverage), their organisations find them in a list, and each is announced
 * once ({@code ta.coordination.activity.overdue.v1}) until it next changes. Time alone makes an activity overdue, with
 * no event, so a run every few minutes looks for those that became overdue: each is claimed through the database (the
 * replica that sets its {@code overdue_announced_at} is the one that announces it and reassesses what it touched;
 * the others' indexes follow the announcement), so that N replicas announce it once.
 */
@ApplicationScoped
public class OverdueActivities {

    private static final String DUE = "status in ('1', '2') and not withdrawn and duplicate_of is null"
            + " and coalesce(actual_end, planned_end) < ?1";

    private final ActivitySettings settings;
    private final IndexMaintenance maintenance;
    private final ReadModelIndex index;
    private final CoverageService coverage;
    private final OverlapDetectionService overlaps;
    private final Outbox outbox;

    OverdueActivities(ActivitySettings settings, IndexMaintenance maintenance, ReadModelIndex index,
            CoverageService coverage, OverlapDetectionService overlaps, Outbox outbox) {
        this.settings = settings;
        this.maintenance = maintenance;
        this.index = index;
        this.coverage = coverage;
        this.overlaps = overlaps;
        this.outbox = outbox;
    }

    /** An organisation's activities overdue for an update, latest end first. */
    public List<ActivityReadModel> of(String organisation) {
        return QuarkusTransaction.requiringNew().call(() -> ActivityReadModel.<ActivityReadModel>list(
                "reportingOrganisation = ?2 and status in ('1', '2') and withdrawn = false and duplicateOf is null"
                        + " and coalesce(actualEnd, plannedEnd) < ?1 order by coalesce(actualEnd, plannedEnd) desc,"
                        + " iatiIdentifier", settings.overdueBefore(), organisation));
    }

    @Scheduled(identity = "overdue-activities", every = "${coordination.activities.check-interval:10m}",
            delayed = "${coordination.activities.first-check-after:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void check() {
        try {
            announceDue();
        } catch (RuntimeException e) {
            Log.warnf("Overdue activities check failed; the next run tries again: %s", e.toString());
        }
    }

    /** Claims, reassesses and announces every activity that became overdue and was not announced; how many. */
    public int announceDue() {
        LocalDate before = settings.overdueBefore();
        @SuppressWarnings("unchecked")
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> ActivityReadModel.getEntityManager()
                .createNativeQuery("select id from activity_read_model where " + DUE
                        + " and overdue_announced_at is null order by id")
                .setParameter(1, before).getResultList());
        int announced = 0;
        for (UUID id : due) {
            announced += QuarkusTransaction.requiringNew().call(() -> claimAndAnnounce(id, before)) ? 1 : 0;
        }
        if (announced > 0) {
            Log.infof("%d activities overdue for an update announced", announced);
        }
        return announced;
    }

    private boolean claimAndAnnounce(UUID id, LocalDate before) {
        int claimed = ActivityReadModel.getEntityManager().createNativeQuery("update activity_read_model"
                + " set overdue_announced_at = now() where id = ?2 and overdue_announced_at is null and " + DUE)
                .setParameter(1, before).setParameter(2, id).executeUpdate();
        if (claimed == 0) {
            return false; // another replica's, or changed meanwhile
        }
        ActivityReadModel activity = ActivityReadModel.findById(id);
        var was = index.activity(id);
        maintenance.refreshActivity(id);
        index.activity(id).ifPresent(now -> {
            coverage.reassessAround(now, was);
            overlaps.detectAround(now); // no longer live: its alerts close
        });
        LocalDate end = activity.actualEnd != null ? activity.actualEnd : activity.plannedEnd;
        List<String> countries = Arrays.asList(activity.recipientCountries);
        outbox.record(Topics.COORDINATION_EVENTS, countries.isEmpty() ? activity.reportingOrganisation
                : countries.get(0), id.toString(), new ActivityOverdue(id, activity.iatiIdentifier,
                        activity.reportingOrganisation, activity.status, end, countries, Instant.now()));
        return true;
    }
}
