package org.taplatform.events.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.taplatform.reference.problem.TransientFailures;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;

/**
 * Runs a consumer's step again, in place, for as long as it fails for a reason that passes (the database or the
 * broker unavailable, a lock or serialization conflict: {@link TransientFailures}), waiting a little longer each time
 * (doubling from {@code ta.messaging.retry.initial-backoff} up to {@code ta.messaging.retry.max-backoff}, with
 * jitter). The record keeps its place: nothing after it in its partition is applied before it, and its offset is not
 * committed, so a process that stops meanwhile reads it again. A failure that would fail every time is thrown at once
 * (the record goes to the dead-letter topic).
 * <p>
 * While a consumer waits, {@link ConsumerHealthCheck} reports it not ready, with the reason; the wait ends by itself
 * when the dependency is back.
 */
@ApplicationScoped
public class TransientRetry {

    private static final Logger LOG = Logger.getLogger(TransientRetry.class);

    /** Thrown instead of waiting again once the application stops: the record is neither acked nor nacked. */
    public static final class Stopping extends RuntimeException {
        Stopping() {
            super("the application is stopping", null, false, false);
        }
    }

    /** A consumer waiting for a dependency: since when, how many attempts failed, and the last reason. */
    public record Waiting(Instant since, int attempts, String reason) {
    }

    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final MeterRegistry meters;
    private final Map<String, Waiting> waiting = new ConcurrentHashMap<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition stopped = lock.newCondition();
    private volatile boolean stopping;

    TransientRetry(@ConfigProperty(name = "ta.messaging.retry.initial-backoff", defaultValue = "PT0.2S") Duration initialBackoff,
            @ConfigProperty(name = "ta.messaging.retry.max-backoff", defaultValue = "PT10S") Duration maxBackoff,
            MeterRegistry meters) {
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.meters = meters;
    }

    /**
     * Runs the step until it succeeds, fails for good (that failure is thrown) or the application stops
     * ({@link Stopping}).
     */
    public void run(String consumer, Runnable step) {
        int attempts = 0;
        long backoff = initialBackoff.toMillis();
        while (true) {
            try {
                step.run();
                if (attempts > 0) {
                    Waiting ended = waiting.remove(consumer);
                    LOG.infof("%s applies events again after %d failed attempt(s) since %s", consumer, attempts,
                            ended == null ? "?" : ended.since());
                }
                return;
            } catch (RuntimeException failure) {
                Throwable cause = TransientFailures.transientCause(failure);
                if (cause == null || stopping) {
                    waiting.remove(consumer);
                    throw stopping && cause != null ? new Stopping() : failure;
                }
                attempts++;
                meters.counter("ta.messaging.transient.failures", "consumer", consumer).increment();
                Waiting now = waiting.merge(consumer, new Waiting(Instant.now(), attempts, rootOf(cause)),
                        (before, latest) -> new Waiting(before.since(), latest.attempts(), latest.reason()));
                if (attempts == 1 || Integer.bitCount(attempts) == 1) { // 1st, 2nd, 4th, 8th... attempt: not a flood
                    LOG.warnf("%s cannot apply events for now (attempt %d, waiting since %s, next in %d ms): %s",
                            consumer, attempts, now.since(), backoff, now.reason());
                }
                pause(backoff);
                backoff = Math.min(backoff * 2, maxBackoff.toMillis());
            }
        }
    }

    /** The innermost cause, briefly: the driver's own words ("Connection refused", "injected fault"), not the SQL. */
    private static String rootOf(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.toString();
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** The consumers waiting for a dependency right now. */
    public Map<String, Waiting> waiting() {
        return Map.copyOf(waiting);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        lock.lock();
        try {
            stopping = true;
            stopped.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void pause(long millis) {
        long jittered = millis / 2 + ThreadLocalRandom.current().nextLong(millis / 2 + 1);
        lock.lock();
        try {
            if (!stopping) {
                stopped.await(jittered, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            stopping = true;
        } finally {
            lock.unlock();
        }
        if (stopping) {
            throw new Stopping();
        }
    }
}
