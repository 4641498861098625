package org.taplatform.events.jobs;

import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A replica's worker for one kind of job: one job at a time on a thread of its own, each claimed through
 * {@link JobLeases} (so the other replicas' workers take the others). The service calls {@link #take} when it accepts
 * a job (after the commit); {@link JobWorkers} polls it, which renews the leases of the running job and
 * takes what waits: jobs accepted by a busy replica, jobs left by one that stopped.
 */
public final class JobWorker implements AutoCloseable {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(JobWorker.class);

    private final JobLeases leases;
    private final Consumer<UUID> run;
    private final ExecutorService thread;
    /** Whether this worker is taking jobs already (a wake-up while it does changes nothing: it looks again). */
    private final AtomicBoolean taking = new AtomicBoolean();
    /** Set when the replica stops: the running job records nothing more, its lease is let go for another replica. */
    private volatile boolean stopping;

    JobWorker(JobLeases leases, String threadName, Consumer<UUID> run) {
        this.leases = leases;
        this.run = run;
        this.thread = Executors.newSingleThreadExecutor(Thread.ofPlatform().name(threadName).daemon().factory());
    }

    /** Renews this replica's leases, then takes what waits. */
    public void poll() {
        leases.renewMine();
        take();
    }

    /** Takes jobs one after the other until none waits, unless this worker is at it already. */
    public void take() {
        if (!taking.compareAndSet(false, true)) {
            return;
        }
        try {
            thread.execute(() -> {
                try {
                    while (!stopping) {
                        var job = leases.claimNext();
                        if (job.isEmpty()) {
                            break;
                        }
                        LOG.infof("Job %s of %s taken by %s", job.get(), leases.table(), leases.owner());
                        try {
                            run.accept(job.get());
                        } catch (JobLeases.LostLease e) {
                            LOG.infof("Job %s left: %s", job.get(), e.getMessage());
                        } catch (RuntimeException e) { // the job's own handling failed too: the next job still runs
                            LOG.errorf(e, "Job %s stopped", job.get());
                        }
                    }
                } finally {
                    taking.set(false);
                }
            });
        } catch (RejectedExecutionException stopping) {
            taking.set(false); // shutting down: another replica, or the next start, takes the jobs
        }
    }

    /**
     * Before a job records anything (progress, its end, its failure): stops it ({@link JobLeases.LostLease}) when
     * another replica has taken it over, or when this replica stops (the job is then another replica's to run).
     */
    public void checkStillMine(UUID job) {
        if (stopping) {
            throw new JobLeases.LostLease(job, "this replica stops; another takes the job over");
        }
        if (!leases.stillMine(job)) {
            throw new JobLeases.LostLease(job, "another replica has taken the job over");
        }
    }

    /**
     * The replica stops: the running job is interrupted and records nothing more, and its lease is let go, so that
     * another replica takes it over at its next poll (a rolling restart fails no job).
     */
    void stop(java.time.Duration grace) {
        stopping = true;
        thread.shutdownNow();
        try {
            thread.awaitTermination(grace.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int released = leases.releaseMine();
        if (released > 0) {
            LOG.infof("%d job(s) of %s left for another replica", released, leases.table());
        }
    }

    @Override
    public void close() {
        stopping = true;
        thread.shutdownNow();
    }
}
