package org.taplatform.coordination.rebuild;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.taplatform.coordination.coverage.CoverageService;
import org.taplatform.coordination.coverage.model.Coverage;
import org.taplatform.coordination.index.IndexedNeed;
import org.taplatform.coordination.index.ReadModelIndex;
import org.taplatform.coordination.intake.ReadModelLock;
import org.taplatform.coordination.matching.MatchProposals;
import org.taplatform.coordination.matching.MatchingService;
import org.taplatform.coordination.matching.model.Match;
import org.taplatform.coordination.matching.model.Matcher;
import org.taplatform.coordination.overlap.OverlapAlert;
import org.taplatform.coordination.overlap.OverlapDetectionService;
import org.taplatform.coordination.overlap.OverlapDetectionService.OverlappingPair;
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

    /**
     * What a recompute found and wrote, and how long each step took: {@code readyMillis} from the start until it knew
     * what to write (what is stored read meanwhile on another thread; the whole recompute when nothing changed), of
     * which {@code readMillis} reading what is stored and {@code computeMillis} computing in memory (coverage,
     * matches, overlaps); then {@code writeMillis} writing the changes.
     */
    public record Result(int needs, int activities, long readyMillis, long readMillis, long computeMillis,
            long coverageMillis, long matchesMillis, long overlapsMillis, long writeMillis, int coverageChanged,
            int needsWithNewProposals, int alertsRaised, int alertsRefreshed, int alertsClosed) {

        /** The number of changes written. */
        public int changes() {
            return coverageChanged + needsWithNewProposals + alertsRaised + alertsRefreshed + alertsClosed;
        }
    }

    private final ReadModelIndex index;
    private final CoverageService coverage;
    private final MatchingService matching;
    private final MatchProposals proposals;
    private final OverlapDetectionService overlaps;
    private final ReadModelLock lock;
    private final StoredResults stored;

    FullRecompute(ReadModelIndex index, CoverageService coverage, MatchingService matching, MatchProposals proposals,
            OverlapDetectionService overlaps, ReadModelLock lock, StoredResults stored) {
        this.stored = stored;
        this.index = index;
        this.coverage = coverage;
        this.matching = matching;
        this.proposals = proposals;
        this.overlaps = overlaps;
        this.lock = lock;
    }

    public Result run() {
        long started = System.nanoTime();
        // what is stored is read on another thread while the rules run on the others: the database works meanwhile
        FutureTask<StoredResults.Snapshot> reading = new FutureTask<>(stored::read);
        Thread.ofPlatform().name("full-recompute-read").start(reading);
        Computed computed = compute(LocalDate.now());
        StoredResults.Snapshot earlier = join(reading);
        Plan plan = plan(computed, earlier);
        long ready = System.nanoTime();

        inBatches(List.copyOf(plan.coverage().entrySet()), e -> coverage.write(e.getKey(), e.getValue()));
        inBatches(List.copyOf(plan.proposals().entrySet()), e -> proposals.propose(e.getKey(), e.getValue()));
        inBatches(plan.toRaise(), pair -> overlaps.raise(pair.activity(), pair.other(), pair.overlap()));
        inBatches(plan.toRefresh(), e -> overlaps.refresh(OverlapAlert.findById(e.getKey().id()), e.getValue()));
        inBatches(plan.toClose(), alert -> overlaps.close(OverlapAlert.findById(alert.id())));
        long written = System.nanoTime();

        Result result = new Result(computed.needs(), computed.activities(), (ready - started) / 1_000_000,
                earlier.readMillis(), computed.coverageMillis() + computed.matchesMillis() + computed.overlapsMillis(),
                computed.coverageMillis(), computed.matchesMillis(), computed.overlapsMillis(),
                (written - ready) / 1_000_000, plan.coverage().size(), plan.proposals().size(), plan.toRaise().size(),
                plan.toRefresh().size(), plan.toClose().size());
        LOG.infof("full recompute: %s", result);
        return result;
    }

    /**
     * What the rules say now, from the index alone, on all cores: the coverage of the needs whose coverage changed,
     * the matches worth proposing for each open need, every overlapping pair by its alert's key.
     */
    record Computed(int needs, int activities, Map<IndexedNeed, Coverage> coverage,
            Map<UUID, List<Matcher.Scored>> worthProposing, Map<String, OverlappingPair> overlaps, long coverageMillis,
            long matchesMillis, long overlapsMillis) {
    }

    Computed compute(LocalDate today) {
        long started = System.nanoTime();
        List<IndexedNeed> needs = List.copyOf(index.needs());
        Map<IndexedNeed, Coverage> changedCoverage = new ConcurrentHashMap<>();
        needs.parallelStream().forEach(need -> {
            Coverage assessed = coverage.assess(need, today);
            if (CoverageService.changes(need, assessed)) {
                changedCoverage.put(need, assessed);
            }
        });
        long covered = System.nanoTime();
        Map<UUID, List<Matcher.Scored>> worthProposing = new HashMap<>();
        matching.bestForAll(needs, proposals.limit()).forEach((id, ranked) -> {
            List<Matcher.Scored> worth = proposals.worthScored(ranked);
            if (!worth.isEmpty()) {
                worthProposing.put(id, worth);
            }
        });
        long matched = System.nanoTime();
        Map<String, OverlappingPair> found = new ConcurrentHashMap<>();
        // keyed as its alert is: the activity first in alert order, then the other
        overlaps.forEachOverlap(pair -> found.put(pair.activity().id() + "|" + pair.other().id(), pair));
        long done = System.nanoTime();
        return new Computed(needs.size(), index.activityCount(), changedCoverage, worthProposing, found,
                (covered - started) / 1_000_000, (matched - covered) / 1_000_000, (done - matched) / 1_000_000);
    }

    /** What a recompute is to write: what the rules say now and is not stored yet, and what is stored and no more. */
    record Plan(Map<IndexedNeed, Coverage> coverage, Map<IndexedNeed, List<Match>> proposals,
            List<OverlappingPair> toRaise, List<Map.Entry<StoredResults.Alert, Overlap>> toRefresh,
            List<StoredResults.Alert> toClose) {
    }

    Plan plan(Computed computed, StoredResults.Snapshot earlier) {
        Map<IndexedNeed, List<Match>> newProposals = new HashMap<>();
        computed.worthProposing().forEach((id, worth) -> {
            if (worth.stream().anyMatch(m -> !earlier.proposed().contains(id + "|" + m.provider().identifier()))) {
                // put into words only now: most needs of a recompute have nothing new to propose
                index.need(id).ifPresent(need -> newProposals.put(need, matching.explain(need, worth)));
            }
        });
        List<OverlappingPair> toRaise = new ArrayList<>();
        List<Map.Entry<StoredResults.Alert, Overlap>> toRefresh = new ArrayList<>();
        List<StoredResults.Alert> toClose = new ArrayList<>();
        computed.overlaps().forEach((key, pair) -> {
            StoredResults.Alert alert = earlier.alerts().get(key);
            if (alert == null) {
                toRaise.add(pair);
            } else if (!alert.isCurrent(pair.overlap())) {
                toRefresh.add(Map.entry(alert, pair.overlap()));
            }
        });
        earlier.alerts().forEach((key, alert) -> {
            if (!computed.overlaps().containsKey(key) && alert.status().isActive()) {
                toClose.add(alert);
            }
        });
        return new Plan(computed.coverage(), newProposals, toRaise, toRefresh, toClose);
    }

    private static StoredResults.Snapshot join(FutureTask<StoredResults.Snapshot> reading) {
        try {
            return reading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading what is stored", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not read what is stored", e.getCause());
        }
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
