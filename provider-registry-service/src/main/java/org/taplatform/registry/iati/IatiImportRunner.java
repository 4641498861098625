package org.taplatform.registry.iati;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.taplatform.events.jobs.JobLeases;
import org.taplatform.events.jobs.JobWorker;
import org.taplatform.events.jobs.JobWorkers;
import org.taplatform.reference.problem.Problem.Violation;
import org.taplatform.registry.activity.ActivityRequest;
import org.taplatform.registry.activity.ActivityService;
import org.taplatform.registry.organisation.Organisation;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Runs IATI imports one after the other on a thread of its own. First the whole file is read once without keeping
 * anything: a file that is not well-formed (truncated, hostile, not IATI) fails the job and nothing of it is imported.
 * Then each activity is checked (the registry's rules, the importer's right to report for its organisation, whether
 * it concerns this platform), and those that pass are written in batches, each batch one transaction. Progress and
 * the report are saved after each batch; a job cut off by a restart runs again from the start, which changes nothing
 * for what it had written already (imports are idempotent by IATI identifier).
 * <p>
 * With several replicas, each job runs on one of them: a replica claims jobs through the database ({@link JobLeases})
 * as soon as it accepts one and at each poll, which also renews the lease of its running job; the file is in the
 * database ({@link IatiUploads}), so a job left by a replica that stopped is taken over by another once its lease has
 * lapsed; a replica that finds its job taken over stops without recording anything.
 */
// created at start-up, not on first use: its job worker must poll on every replica, also one that has accepted no job
// since it started (it takes over the jobs of a replica that died: ReplicatedPlatformIT)
@Startup
@ApplicationScoped
public class IatiImportRunner {

    static final int BATCH = 250;
    /** Report entries kept per job (the counts are always complete). */
    static final int REPORT_KEPT = 2000;

    private final ActivityService activities;
    private final Validator validator;
    private final IatiUploads uploads;
    private final JobWorker worker;

    IatiImportRunner(ActivityService activities, Validator validator, IatiUploads uploads, JobWorkers workers) {
        this.activities = activities;
        this.validator = validator;
        this.uploads = uploads;
        this.worker = workers.create("iati_import_job", "iati-imports", this::run);
    }

    /** Fired when a job is accepted; observed after the commit, so that the job's row is there to read. */
    public record ImportAccepted(UUID jobId) {
    }

    void onAccepted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ImportAccepted accepted) {
        worker.take();
    }

    void run(UUID jobId) {
        IatiImportJob job = QuarkusTransaction.requiringNew().call(() -> {
            IatiImportJob found = IatiImportJob.findById(jobId);
            found.status = IatiImportJob.Status.RUNNING;
            found.startedAt = Instant.now();
            found.activitiesDone = 0;
            found.created = found.updated = found.unchanged = found.skipped = found.rejected = found.unclassified = 0;
            found.report = new ArrayList<>();
            found.notes = new ArrayList<>();
            return found;
        });
        try {
            IatiActivityReader.Summary summary;
            try (InputStream in = new BufferedInputStream(uploads.open(jobId), 1 << 16)) {
                summary = IatiActivityReader.count(in);
            }
            save(jobId, progress -> {
                progress.activitiesTotal = summary.activities();
                progress.notes = new ArrayList<>(summary.notes());
            });
            Progress progress = new Progress();
            List<ParsedActivity> batch = new ArrayList<>(BATCH);
            // reading and checking a batch overlaps with writing the one before (one write at a time, in order)
            Pipeline pipeline = new Pipeline();
            try (InputStream in = new BufferedInputStream(uploads.open(jobId), 1 << 16)) {
                IatiActivityReader.read(in, activity -> {
                    batch.add(activity);
                    if (batch.size() == BATCH) {
                        Checked checked = check(job, batch);
                        batch.clear();
                        pipeline.then(() -> store(job, checked, progress));
                    }
                });
            }
            Checked last = check(job, batch);
            pipeline.then(() -> store(job, last, progress));
            pipeline.finish();
            save(jobId, done -> {
                done.status = IatiImportJob.Status.DONE;
                done.finishedAt = Instant.now();
            });
            uploads.delete(jobId);
        } catch (IatiActivityReader.UnreadableFile e) {
            fail(jobId, e.getMessage());
            uploads.delete(jobId);
        } catch (JobLeases.LostLease e) {
            Log.warnf("IATI import %s stopped here: %s", jobId, e.getMessage());
        } catch (IOException | RuntimeException e) {
            Log.errorf(e, "IATI import %s failed", jobId);
            fail(jobId, "the import stopped: " + e.getMessage());
        }
    }

    /** A batch after its checks: what may be written, and the report of the others. */
    private record Checked(int size, List<ParsedActivity> accepted, List<IatiImportJob.Entry> entries, int skipped,
            int rejected) {
    }

    /** Checks a batch: relevance, the importer's right, the fields and rules, the reporting organisation registered. */
    private Checked check(IatiImportJob job, List<ParsedActivity> batch) {
        List<ParsedActivity> accepted = new ArrayList<>();
        List<IatiImportJob.Entry> entries = new ArrayList<>();
        int skipped = 0;
        int rejected = 0;
        Set<String> reporters = new java.util.HashSet<>();
        batch.forEach(activity -> reporters.add(activity.reportingOrganisation()));
        reporters.remove(null);
        Set<String> registered = QuarkusTransaction.requiringNew().call(() -> new java.util.HashSet<>(
                Organisation.<Organisation>list("identifier in ?1", reporters).stream().map(o -> o.identifier).toList()));
        for (ParsedActivity activity : batch) {
            List<String> reasons = new ArrayList<>(activity.problems());
            if (!activity.relevant() && job.scope == IatiImportJob.Scope.RELEVANT) {
                skipped++;
                entries.add(new IatiImportJob.Entry(activity.iatiIdentifier(), "SKIPPED", List.of(
                        "no DAC sector this platform registers and no tag of its TA taxonomy")));
                continue;
            }
            if (job.organisation != null && !job.organisation.equals(activity.reportingOrganisation())) {
                reasons.add("reported by " + activity.reportingOrganisation() + ", not by the importer's organisation "
                        + job.organisation);
            }
            if (reasons.isEmpty()) {
                for (ConstraintViolation<ActivityRequest> violation : validator.validate(activity.request())) {
                    reasons.add(violation.getPropertyPath() + ": " + violation.getMessage());
                }
            }
            if (reasons.isEmpty()) {
                for (Violation violation : ActivityService.importProblems(activity.request(), registered,
                        activity.recipientsLeftOut())) {
                    reasons.add(violation.field() + ": " + violation.message());
                }
            }
            if (reasons.isEmpty()) {
                accepted.add(activity);
            } else {
                rejected++;
                reasons.addAll(activity.notes());
                entries.add(new IatiImportJob.Entry(activity.iatiIdentifier(), "REJECTED", reasons));
            }
        }
        return new Checked(batch.size(), accepted, entries, skipped, rejected);
    }

    /** Writes a checked batch in one transaction, and saves the progress. */
    private void store(IatiImportJob job, Checked checked, Progress progress) {
        List<ParsedActivity> accepted = checked.accepted();
        List<IatiImportJob.Entry> entries = new ArrayList<>(checked.entries());
        int[] outcomes = new int[ActivityService.ImportOutcome.values().length];
        if (!accepted.isEmpty()) {
            List<ActivityService.Imported> written = QuarkusTransaction.requiringNew().timeout(300).call(() ->
                    activities.importActivities(accepted.stream().map(ParsedActivity::request).toList(), job.createdBy));
            for (int i = 0; i < accepted.size(); i++) {
                ActivityService.ImportOutcome outcome = written.get(i).outcome();
                outcomes[outcome.ordinal()]++;
                List<String> notes = new ArrayList<>(accepted.get(i).notes());
                if (outcome != ActivityService.ImportOutcome.UNCHANGED && written.get(i).unclassified()) {
                    progress.unclassified++;
                    notes.add(0, "registered unclassified (no tag of the TA taxonomy): waiting for a coordinator in"
                            + " GET /api/v1/activities/unclassified");
                }
                entries.add(new IatiImportJob.Entry(accepted.get(i).iatiIdentifier(), outcome.name(), notes));
            }
        }
        progress.done += checked.size();
        progress.batches++;
        progress.created += outcomes[ActivityService.ImportOutcome.CREATED.ordinal()];
        progress.updated += outcomes[ActivityService.ImportOutcome.UPDATED.ordinal()];
        progress.unchanged += outcomes[ActivityService.ImportOutcome.UNCHANGED.ordinal()];
        progress.skipped += checked.skipped();
        progress.rejected += checked.rejected();
        entries.stream().limit(Math.max(0, REPORT_KEPT - progress.report.size())).forEach(progress.report::add);
        // saved every other batch (each save is a transaction) and the report every eighth (it is the heavy part of
        // the job's row); everything at the last batch
        boolean last = checked.size() < BATCH;
        if (last || progress.batches % 2 == 0) {
            boolean withReport = last || progress.batches % 8 == 0;
            save(job.id, saved -> {
                saved.activitiesDone = progress.done;
                saved.created = progress.created;
                saved.updated = progress.updated;
                saved.unchanged = progress.unchanged;
                saved.skipped = progress.skipped;
                saved.rejected = progress.rejected;
                saved.unclassified = progress.unclassified;
                if (withReport) {
                    saved.report = List.copyOf(progress.report);
                }
            });
        }
    }

    /** Runs the writes one after the other on a thread of their own, while the caller reads and checks. */
    private static final class Pipeline {
        private final ExecutorService writer = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("iati-import-writer").daemon().factory());
        private java.util.concurrent.Future<?> inFlight;

        /** Waits for the write before (so at most one waits), then starts this one. */
        void then(Runnable write) {
            awaitInFlight();
            inFlight = writer.submit(write);
        }

        void finish() {
            try {
                awaitInFlight();
            } finally {
                writer.shutdown();
            }
        }

        private void awaitInFlight() {
            if (inFlight == null) {
                return;
            }
            try {
                inFlight.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                writer.shutdownNow();
                throw e.getCause() instanceof RuntimeException runtime ? runtime
                        : new IllegalStateException(e.getCause());
            }
        }
    }

    private static final class Progress {
        int done;
        int batches;
        int created;
        int updated;
        int unchanged;
        int skipped;
        int rejected;
        int unclassified;
        final List<IatiImportJob.Entry> report = new ArrayList<>();
    }

    private void save(UUID jobId, java.util.function.Consumer<IatiImportJob> change) {
        worker.checkStillMine(jobId);
        QuarkusTransaction.requiringNew().run(() -> change.accept(IatiImportJob.findById(jobId)));
    }

    private void fail(UUID jobId, String reason) {
        save(jobId, failed -> {
            failed.status = IatiImportJob.Status.FAILED;
            failed.failure = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
            failed.finishedAt = Instant.now();
        });
    }
}
