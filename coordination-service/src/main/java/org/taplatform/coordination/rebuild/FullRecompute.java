package org.taplatform.coordination.rebuild;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.taplatform.coordination.coverage.CoverageService;
import org.taplatform.coordination.intake.ReadModelLock;
import org.taplatform.coordination.overlap.OverlapDetectionService;
import org.taplatform.coordination.provider.ActivityReadModel;
import org.taplatform.coordination.need.NeedReadModel;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Reassesses everything derived from the read models: every need's coverage, every live activity's overlap alerts
 * (matching is computed when asked). In batches, each in its own transaction holding the read-model lock shared, as
 * a live event would; only what changed is announced.
 */
@ApplicationScoped
public class FullRecompute {

    static final int BATCH = 500;

    private final CoverageService coverage;
    private final OverlapDetectionService overlaps;
    private final ReadModelLock lock;

    FullRecompute(CoverageService coverage, OverlapDetectionService overlaps, ReadModelLock lock) {
        this.coverage = coverage;
        this.overlaps = overlaps;
        this.lock = lock;
    }

    public void run() {
        List<UUID> needs = QuarkusTransaction.requiringNew().call(() -> NeedReadModel.getEntityManager()
                .createQuery("select n.id from NeedReadModel n where n.status <> 'WITHDRAWN' order by n.id", UUID.class)
                .getResultList());
        for (int from = 0; from < needs.size(); from += BATCH) {
            List<UUID> batch = needs.subList(from, Math.min(needs.size(), from + BATCH));
            QuarkusTransaction.requiringNew().run(() -> {
                lock.share();
                coverage.reassess(batch);
            });
        }
        List<UUID> activities = QuarkusTransaction.requiringNew().call(() -> ActivityReadModel.getEntityManager()
                .createQuery("select a.id from ActivityReadModel a order by a.id", UUID.class).getResultList());
        for (int from = 0; from < activities.size(); from += BATCH) {
            List<UUID> batch = activities.subList(from, Math.min(activities.size(), from + BATCH));
            QuarkusTransaction.requiringNew().run(() -> {
                lock.share();
                ActivityReadModel.<ActivityReadModel>list("id in ?1", batch).forEach(overlaps::detectAround);
            });
        }
    }
}
