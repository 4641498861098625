package org.taplatform.coordination.overlap;

import org.taplatform.reference.paging.NewestFirst;
import org.taplatform.reference.paging.Page;
import org.taplatform.reference.paging.PageParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.taplatform.coordination.coverage.CoverageService;
import org.taplatform.coordination.index.IndexMaintenance;
import org.taplatform.coordination.index.ReadModelIndex;
import org.taplatform.coordination.overlap.model.AlertStatus;
import org.taplatform.coordination.provider.ActivityReadModel;
import org.taplatform.reference.problem.Preconditions;
import org.taplatform.reference.problem.Problem;
import org.taplatform.reference.problem.ProblemException;
import org.taplatform.reference.security.Caller;

/**
 * What people do with overlap alerts: coordinators see and settle all of them; an organisation those that involve
 * one of its activities. An alert the caller may not see does not exist for it (404). Each action needs the alert's
 * ETag in If-Match.
 */
@ApplicationScoped
public class OverlapAlertService {

    private final OverlapAlertLog log;
    private final OverlapDetectionService detection;
    private final CoverageService coverage;
    private final IndexMaintenance maintenance;
    private final ReadModelIndex index;
    private final AlertVisibility visibility;

    OverlapAlertService(OverlapAlertLog log, OverlapDetectionService detection, CoverageService coverage,
            IndexMaintenance maintenance, ReadModelIndex index, AlertVisibility visibility) {
        this.log = log;
        this.detection = detection;
        this.coverage = coverage;
        this.maintenance = maintenance;
        this.index = index;
        this.visibility = visibility;
    }

    /** Filters of the alert list; null means any. */
    public record AlertFilter(String country, AlertStatus status, String severity, String organisation) {
    }

    @Transactional
    public Page<OverlapAlertView> list(AlertFilter filter, PageParameters page, Caller caller) {
        StringBuilder where = new StringBuilder("true");
        List<Object> parameters = new ArrayList<>();
        if (filter.country() != null) {
            parameters.add(filter.country());
            where.append(" and countries @> array[cast(?").append(parameters.size()).append(" as varchar)]");
        }
        if (filter.status() != null) {
            parameters.add(filter.status().name());
            where.append(" and status = ?").append(parameters.size());
        }
        if (filter.severity() != null) {
            parameters.add(filter.severity());
            where.append(" and severity = ?").append(parameters.size());
        }
        if (filter.organisation() != null) {
            parameters.add(new String[] { filter.organisation() });
            where.append(" and concerned @> cast(?").append(parameters.size()).append(" as varchar[])");
        }
        AlertVisibility.Scope scope = scopeOf(caller);
        if (!scope.everything()) {
            parameters.add(new String[] { scope.organisation() == null ? "(none)" : scope.organisation() });
            where.append(" and (concerned @> cast(?").append(parameters.size()).append(" as varchar[])");
            parameters.add(scope.countries().toArray(String[]::new));
            where.append(" or countries && cast(?").append(parameters.size()).append(" as varchar[]))");
        }
        return NewestFirst.of(OverlapAlert.getEntityManager(), OverlapAlert.class, "overlap_alert", "overlap-alerts")
                .by("detected_at", alert -> alert.detectedAt, alert -> alert.id).changedAt("updated_at")
                .page(where.toString(), parameters, page, alert -> OverlapAlertView.of(alert, log.historyOf(alert.id)));
    }

    private AlertVisibility.Scope scopeOf(Caller caller) {
        return visibility.scopeOf(caller.roles(), caller.organisation());
    }

    @Transactional
    public Optional<OverlapAlertView> find(UUID id, Caller caller) {
        return visible(id, caller).map(alert -> OverlapAlertView.of(alert, log.historyOf(alert.id)));
    }

    @Transactional
    public OverlapAlertView acknowledge(UUID id, String ifMatch, Caller caller) {
        OverlapAlert alert = actionable(id, ifMatch, caller);
        AlertStatus before = alert.status;
        alert.status = alert.status.acknowledge();
        log.moved(alert, before, caller.name(), null);
        return OverlapAlertView.of(alert, log.historyOf(alert.id));
    }

    @Transactional
    public OverlapAlertView dismiss(UUID id, String ifMatch, String reason, Caller caller) {
        OverlapAlert alert = actionable(id, ifMatch, caller);
        AlertStatus before = alert.status;
        alert.status = alert.status.dismiss();
        alert.reason = reason;
        log.moved(alert, before, caller.name(), reason);
        return OverlapAlertView.of(alert, log.historyOf(alert.id));
    }

    /**
     * The same activity reported twice: the duplicate no longer counts for coverage or overlaps here, and the event
     * names it so that its organisation can withdraw it from the registry.
     */
    @Transactional
    public OverlapAlertView merge(UUID id, String ifMatch, String duplicate, String reason, Caller caller) {
        OverlapAlert alert = actionable(id, ifMatch, caller);
        UUID duplicateId;
        UUID keptId;
        if (duplicate.equals(alert.activity)) {
            duplicateId = alert.activityId;
            keptId = alert.otherActivityId;
        } else if (duplicate.equals(alert.otherActivity)) {
            duplicateId = alert.otherActivityId;
            keptId = alert.activityId;
        } else {
            throw ProblemException.invalid("The duplicate must be one of the alert's two activities",
                    List.of(new Problem.Violation("duplicate", "body", "must be " + alert.activity + " or "
                            + alert.otherActivity)));
        }
        AlertStatus before = alert.status;
        alert.status = alert.status.merge();
        alert.reason = reason;
        alert.duplicateActivityId = duplicateId;
        log.moved(alert, before, caller.name(), reason);
        ActivityReadModel merged = ActivityReadModel.findById(duplicateId);
        if (merged != null) {
            merged.duplicateOf = keptId;
            maintenance.refreshActivity(duplicateId);
            index.activity(duplicateId).ifPresent(activity -> {
                detection.detectAround(activity); // its other alerts close: it no longer counts
                coverage.reassessAround(activity);
            });
        }
        return OverlapAlertView.of(alert, log.historyOf(alert.id));
    }

    private OverlapAlert actionable(UUID id, String ifMatch, Caller caller) {
        OverlapAlert alert = visible(id, caller).orElseThrow(() -> ProblemException.notFound("No overlap alert " + id));
        if (!visibility.maySettle(alert, scopeOf(caller))) {
            throw ProblemException.forbidden("Only coordinators and the organisations reporting the two activities"
                    + " settle an overlap alert; " + caller.organisation().orElse("the caller") + " may read it");
        }
        Preconditions.requireMatch(ifMatch, alert.version);
        return alert;
    }

    private Optional<OverlapAlert> visible(UUID id, Caller caller) {
        AlertVisibility.Scope scope = scopeOf(caller);
        return OverlapAlert.<OverlapAlert>findByIdOptional(id).filter(alert -> visibility.maySee(alert, scope));
    }
}
