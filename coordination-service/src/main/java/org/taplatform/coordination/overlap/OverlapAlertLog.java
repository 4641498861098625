package org.taplatform.coordination.overlap;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.taplatform.coordination.overlap.model.AlertStatus;
import org.taplatform.events.Topics;
import org.taplatform.events.coordination.OverlapDetected;
import org.taplatform.events.coordination.OverlapResolved;
import org.taplatform.events.outbox.Outbox;

/**
 * Every change of an alert's status goes through here, whoever makes it (detection or a person): it is kept in the
 * alert's history and announced through the outbox in the same transaction.
 */
@ApplicationScoped
public class OverlapAlertLog {

    static final String DETECTION = "coordination-service";

    private final Outbox outbox;

    OverlapAlertLog(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(TxType.MANDATORY)
    public void moved(OverlapAlert alert, AlertStatus from, String actor, String reason) {
        Instant now = Instant.now();
        alert.updatedAt = now;
        alert.version++;
        OverlapAlertTransition step = new OverlapAlertTransition();
        step.alertId = alert.id;
        step.fromStatus = from == null ? null : from.name();
        step.toStatus = alert.status.name();
        step.actor = actor;
        step.reason = reason;
        step.at = now;
        step.persist();
        String key = alert.countries[0];
        if (alert.status == AlertStatus.OPEN) {
            outbox.record(Topics.COORDINATION_EVENTS, key, alert.id.toString(), new OverlapDetected(alert.id,
                    List.of(alert.countries), alert.activityId, alert.activity, alert.organisation,
                    alert.otherActivityId, alert.otherActivity, alert.otherOrganisation, alert.severity.name(),
                    alert.similarity, List.copyOf(alert.evidence), now));
        } else if (alert.status != AlertStatus.ACKNOWLEDGED) {
            outbox.record(Topics.COORDINATION_EVENTS, key, alert.id.toString(), new OverlapResolved(alert.id,
                    List.of(alert.countries), alert.status.name(), reason, alert.duplicateActivityId, actor, now));
        }
    }

    public List<OverlapAlertTransition> historyOf(java.util.UUID alertId) {
        return OverlapAlertTransition.list("alertId = ?1 order by id", alertId);
    }
}
