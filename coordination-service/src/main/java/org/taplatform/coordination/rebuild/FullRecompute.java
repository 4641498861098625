package org.taplatform.coordination.rebuild;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.taplatform.coordination.coverage.CoverageService;
import org.taplatform.coordination.coverage.model.Coverage;
import org.taplatform.coordination.index.IndexedActivity;
import org.taplatform.coordination.index.IndexedNeed;
import org.taplatform.coordination.index.ReadModelIndex;
import org.taplatform.coordination.intake.ReadModelLock;
import org.taplatform.coordination.matching.MatchProposal;
import org.taplatform.coordination.matching.MatchProposals;
import org.taplatform.coordination.matching.MatchingService;
import org.taplatform.coordination.matching.model.Match;
import org.taplatform.coordination.overlap.OverlapAlert;
import org.taplatform.coordination.overlap.OverlapDetectionService;
import org.taplatform.coordination.overlap.model.Overlap;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Recomputes everything derived from the read models, in two steps. First in memory, from the read-model index, on all
 * cores and without a query: every need's coverage, every open need's best matches, every pair of live activities'
 * overlap. Then it writes only what differs from what is stored (changed coverage, proposals not made before, alerts
 * to raise, refresh or close), in batches, each in its own transaction holding the read-model lock shared as a live
 * event would; each change is announced as its live counterpart would announce it. Live events go on meanwhile and
 * keep what they touch right: a recompute corrects drift (a rebuild, changed weights or rules), it does not stop time.
 */
@ApplicationScoped
public class FullRecompute {

    private static final Logger LOG = Logger.getLogger(FullRecompute.class);
    static final int BATCH = 500;

    /** What a recompute found and wrote, and how long each step took. */
    public record Result(int needs, int activities, long computeMillis, long needsMillis, long overlapsMillis,
            long writeMillis, int coverageChanged,
            int needsWithNewProposals, int alertsRaised, int alertsRefreshed, int alertsClosed) {
    }

    private final ReadModelIndex index;
    private final CoverageService coverage;
    private final MatchingService matching;
    private final MatchProposals proposals;
    private final OverlapDetectionService overlaps;
    private final ReadModelLock lock;

    FullRecompute(ReadModelIndex index, CoverageService coverage, MatchingService matching, MatchProposals proposals,
            OverlapDetectionService overlaps, ReadModelLock lock) {
        this.index = index;
        this.coverage = coverage;
        this.matching = matching;
        this.proposals = proposals;
        this.overlaps = overlaps;
        this.lock = lock;
    }

    public Result run() {
        long started = System.nanoTime();
        // what is stored, read once: the pairs already proposed and the alerts already raised
        Set<String> proposed = QuarkusTransaction.requiringNew().call(() -> new HashSet<>(MatchProposal
                .getEntityManager().createQuery("select p.needId, p.organisation from MatchProposal p", Object[].class)
                .getResultStream().map(row -> row[0] + "|" + row[1]).toList()));
        Map<String, OverlapAlert> alerts = QuarkusTransaction.requiringNew().call(() -> {
            Map<String, OverlapAlert> byPair = new HashMap<>();
            OverlapAlert.<OverlapAlert>listAll().forEach(a -> byPair.put(a.activityId + "|" + a.otherActivityId, a));
            return byPair;
        });
        long loaded = System.nanoTime();

        LocalDate today = LocalDate.now();
        List<IndexedNeed> needs = List.copyOf(index.needs());
        Map<IndexedNeed, Coverage> changedCoverage = new ConcurrentHashMap<>();
        Map<IndexedNeed, List<Match>> newProposals = new ConcurrentHashMap<>();
        needs.parallelStream().forEach(need -> {
            Coverage assessed = coverage.assess(need, today);
            if (CoverageService.changes(need, assessed)) {
                changedCoverage.put(need, assessed);
            }
        });
        matching.bestForAll(needs, proposals.limit()).forEach((id, matches) -> {
            List<Match> worth = proposals.worth(matches);
            if (worth.stream().anyMatch(m -> !proposed.contains(id + "|" + m.organisation()))) {
                index.need(id).ifPresent(need -> newProposals.put(need, worth));
            }
        });
        long needsDone = System.nanoTime();
        List<IndexedActivity> activities = List.copyOf(index.activities());
        Map<String, Pair> found = new ConcurrentHashMap<>();
        activities.parallelStream().filter(IndexedActivity::isLive).forEach(activity -> {
            // each pair once, from the side of the smaller id, and keyed as its alert is
            overlaps.overlapsOf(activity, true).forEach(
                    (otherId, overlap) -> index.activity(otherId).ifPresent(o -> found.put(activity.id() + "|"
                            + otherId, new Pair(activity, o, overlap))));
        });
        List<Pair> toRaise = new ArrayList<>();
        List<Map.Entry<OverlapAlert, Overlap>> toRefresh = new ArrayList<>();
        List<OverlapAlert> toClose = new ArrayList<>();
        found.forEach((key, pair) -> {
            OverlapAlert alert = alerts.get(key);
            if (alert == null) {
                toRaise.add(pair);
            } else if (!OverlapDetectionService.isCurrent(alert, pair.overlap())) {
                toRefresh.add(Map.entry(alert, pair.overlap()));
            }
        });
        alerts.forEach((key, alert) -> {
            if (!found.containsKey(key) && alert.status.isActive()) {
                toClose.add(alert);
            }
        });
        long computed = System.nanoTime();

        inBatches(List.copyOf(changedCoverage.entrySet()), e -> coverage.write(e.getKey(), e.getValue()));
        inBatches(List.copyOf(newProposals.entrySet()), e -> proposals.propose(e.getKey(), e.getValue()));
        inBatches(toRaise, pair -> overlaps.raise(pair.activity(), pair.other(), pair.overlap()));
        inBatches(toRefresh, e -> overlaps.refresh(OverlapAlert.findById(e.getKey().id), e.getValue()));
        inBatches(toClose, alert -> overlaps.close(OverlapAlert.findById(alert.id)));
        long written = System.nanoTime();

        Result result = new Result(needs.size(), activities.size(), (computed - loaded) / 1_000_000,
                (needsDone - loaded) / 1_000_000, (computed - needsDone) / 1_000_000,
                (written - computed + loaded - started) / 1_000_000, changedCoverage.size(), newProposals.size(),
                toRaise.size(), toRefresh.size(), toClose.size());
        LOG.infof("full recompute: %s", result);
        return result;
    }

    private record Pair(IndexedActivity activity, IndexedActivity other, Overlap overlap) {
    }

    private <T> void inBatches(List<T> changes, Consumer<T> write) {
        for (int from = 0; from < changes.size(); from += BATCH) {
            List<T> batch = changes.subList(from, Math.min(changes.size(), from + BATCH));
            QuarkusTransaction.requiringNew().run(() -> {
                lock.share();
                batch.forEach(write);
            });
        }
    }
}
