package org.taplatform.coordination.rebuild;

import java.time.LocalDate;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.jboss.logging.Logger;
import org.taplatform.coordination.index.ReadModelIndex;

import io.quarkus.runtime.StartupEvent;

/**
 * At start, once the read-model index is loaded, computes a full recompute once in memory and throws the result away
 * (nothing is read or written). The first computation in a JVM runs while the JIT compiles its code, on the same two
 * cores, and takes two to three times as long as the next ones (docs/coordination-service.md, Benchmarks): done here,
 * before the service takes traffic, that cost is not a coordinator's first recompute after a deployment.
 */
@ApplicationScoped
public class RecomputeWarmUp {

    private static final Logger LOG = Logger.getLogger(RecomputeWarmUp.class);

    private final FullRecompute recompute;
    private final ReadModelIndex index;

    RecomputeWarmUp(FullRecompute recompute, ReadModelIndex index) {
        this.recompute = recompute;
        this.index = index;
    }

    /** After {@code IndexMaintenance} loaded the index (it observes the start at the default priority). */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent start) {
        run();
    }

    /** The computation of a recompute, its result dropped; how long it took, in milliseconds. */
    public long run() {
        long started = System.nanoTime();
        FullRecompute.Computed computed = recompute.compute(LocalDate.now());
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.infof("full recompute computed once at start to compile its code, nothing written: %d needs, %d"
                + " activities in %d ms", computed.needs(), index.activityCount(), millis);
        return millis;
    }
}
