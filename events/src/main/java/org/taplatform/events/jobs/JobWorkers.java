package org.taplatform.events.jobs;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * A service's job workers ({@link JobWorker}), one per kind of job, and their poll: every
 * {@code ta.jobs.poll-interval} (2 s) each renews the leases of its running job and takes what waits. A lease lasts
 * {@code ta.jobs.lease} (30 s): many polls, longer than any pause of a live replica.
 */
@ApplicationScoped
public class JobWorkers {

    private static final Logger LOG = Logger.getLogger(JobWorkers.class);

    private final AgroalDataSource dataSource;
    private final Duration lease;
    private final List<JobWorker> workers = new CopyOnWriteArrayList<>();

    JobWorkers(AgroalDataSource dataSource, @ConfigProperty(name = "ta.jobs.lease", defaultValue = "30s") Duration lease) {
        this.dataSource = dataSource;
        this.lease = lease;
    }

    /**
     * A worker for the jobs of {@code table}, running each with {@code run} on a thread named {@code threadName}. Call
     * it from a bean created at start-up ({@code @Startup}): a worker polls only once created, and a replica that
     * accepted no job since it started must still take over those of a replica that died.
     */
    public JobWorker create(String table, String threadName, Consumer<UUID> run) {
        JobWorker worker = new JobWorker(new JobLeases(dataSource, table, lease), threadName, run);
        workers.add(worker);
        return worker;
    }

    @Scheduled(identity = "job-workers", every = "${ta.jobs.poll-interval:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        for (JobWorker worker : workers) {
            try {
                worker.poll();
            } catch (RuntimeException e) {
                LOG.warnf("Job poll failed; the next one tries again: %s", e.toString());
            }
        }
    }

    /**
     * The replica stops (before its data source closes): each worker's running job records nothing more and is left
     * for another replica, at once rather than a lease later.
     */
    void onStop(@Observes ShutdownEvent shutdown) {
        for (JobWorker worker : workers) {
            try {
                worker.stop(Duration.ofSeconds(5));
            } catch (RuntimeException e) {
                LOG.warnf("A job could not be left for another replica; it is taken over once its lease lapses: %s",
                        e.toString());
            }
        }
    }

    @PreDestroy
    void close() {
        workers.forEach(JobWorker::close);
    }
}
