package org.taplatform.needs.need;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.taplatform.events.Topics;
import org.taplatform.events.coordination.NeedCoordinationStatusChanged;
import org.taplatform.events.inbox.PoisonMessageException;
import org.taplatform.events.outbox.Outbox;
import org.taplatform.reference.problem.Preconditions;
import org.taplatform.reference.problem.ProblemException;
import org.taplatform.reference.security.Caller;

import io.quarkus.logging.Log;

/**
 * A need's status: how far it is answered (OPEN, MATCHED, IN_PROGRESS, COVERED), as coordination-service reports it
 * or a coordinator sets it. A withdrawn need keeps that status: only the State can state it again.
 */
@ApplicationScoped
public class NeedStatusService {

    static final String COORDINATION = "coordination-service";

    private final Outbox outbox;

    NeedStatusService(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Adopts coordination's status of a need; a replayed or stale report of the same status changes nothing. */
    @Transactional(TxType.MANDATORY)
    public void adopt(NeedCoordinationStatusChanged report) {
        Need need = Need.findById(report.needId());
        if (need == null) {
            throw new PoisonMessageException("coordination reports on need " + report.needId() + ", not in the register");
        }
        Need.Status status = parse(report.status());
        if (need.status == Need.Status.WITHDRAWN || need.status.isSucceeded()) {
            Log.infof("Need %s is %s; coordination's status %s is not applied", need.id, need.status, status);
            return;
        }
        change(need, status, report.reason(), COORDINATION);
    }

    /** A coordinator sets the status by hand (e.g. an activity coordination does not know of yet). */
    @Transactional
    public Need set(UUID id, StatusChangeRequest request, String coordinator, String ifMatch) {
        Need need = Need.<Need>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No need " + id));
        Preconditions.requireMatch(ifMatch, need.version);
        if (need.status == Need.Status.WITHDRAWN) {
            throw ProblemException.conflict("Need " + id + " is withdrawn: its status can no longer change");
        }
        if (need.status.isSucceeded()) {
            throw ProblemException.conflict("Need " + id + " is " + need.status + " (" + need.statusReason
                    + "): the State's later statement carries it on");
        }
        change(need, Need.Status.valueOf(request.status()), request.reason(), coordinator);
        Need.flush();
        return need;
    }

    /**
     * The State says its need is met (its focal point, or a coordinator for it): RESOLVED, closed like a need the
     * State no longer states, whatever coordination knew of it.
     */
    @Transactional
    public Need met(UUID id, MetRequest request, Caller caller, String ifMatch) {
        // another State's need is absent for a focal point, as it is when read
        Need need = Need.<Need>findByIdOptional(id).filter(n -> caller.isCoordinator()
                || caller.country().map(n.country::equals).orElse(false))
                .orElseThrow(() -> ProblemException.notFound("No need " + id));
        Preconditions.requireMatch(ifMatch, need.version);
        if (need.status == Need.Status.WITHDRAWN || need.status.isSucceeded()) {
            throw ProblemException.conflict("Need " + id + " is " + need.status + " already");
        }
        change(need, Need.Status.RESOLVED, "met, says the State: " + request.reason(), caller.name());
        Need.flush();
        return need;
    }

    /** Closed or reopened by the State's statements in another reporting cycle ({@link CycleSuccession}). */
    @Transactional(TxType.MANDATORY)
    public void succeed(Need need, Need.Status status, String reason) {
        change(need, status, reason, CycleSuccession.BY);
    }

    private void change(Need need, Need.Status status, String reason, String changedBy) {
        if (need.status == status) {
            return;
        }
        Need.Status previous = need.status;
        need.status = status;
        need.statusReason = reason;
        need.statusChangedAt = Instant.now();
        outbox.record(Topics.NEEDS, need.country, need.id.toString(),
                NeedEvents.statusChanged(need, previous, reason, changedBy));
    }

    private static Need.Status parse(String status) {
        try {
            Need.Status parsed = Need.Status.valueOf(status);
            if (parsed != Need.Status.WITHDRAWN && !parsed.isSucceeded()) {
                return parsed;
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            // reported below
        }
        throw new PoisonMessageException("coordination reports an unknown need status: " + status);
    }
}
