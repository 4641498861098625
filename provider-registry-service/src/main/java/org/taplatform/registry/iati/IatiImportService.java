package org.taplatform.registry.iati;

import java.io.InputStream;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.taplatform.reference.problem.ProblemException;
import org.taplatform.reference.security.Caller;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Accepts IATI files for import: the file is kept with its job in the database ({@link IatiUploads}), so that any
 * replica can run the job; a runner claims it.
 */
@ApplicationScoped
public class IatiImportService {

    /** An upload of the largest size over a slow line still fits in the transaction that keeps it. */
    private static final int ACCEPT_TIMEOUT_SECONDS = 900;

    private final IatiImportSettings settings;
    private final IatiUploads uploads;
    private final Event<IatiImportRunner.ImportAccepted> accepted;

    IatiImportService(IatiImportSettings settings, IatiUploads uploads,
            Event<IatiImportRunner.ImportAccepted> accepted) {
        this.settings = settings;
        this.uploads = uploads;
        this.accepted = accepted;
    }

    /**
     * Records the job and keeps the upload with it, in one transaction: a file past the size limit, or an empty one,
     * is refused and leaves nothing behind.
     */
    public IatiImportJob accept(InputStream body, String fileName, IatiImportJob.Scope scope, Caller caller) {
        if (!caller.isCoordinator() && caller.organisation().isEmpty()) {
            throw new jakarta.ws.rs.ForbiddenException("An account without an organisation claim imports nothing");
        }
        return QuarkusTransaction.requiringNew().timeout(ACCEPT_TIMEOUT_SECONDS).call(() -> {
            IatiImportJob job = new IatiImportJob();
            job.id = UUID.randomUUID();
            job.fileName = fileName;
            job.organisation = caller.isCoordinator() ? null : caller.organisation().orElseThrow();
            job.status = IatiImportJob.Status.QUEUED;
            job.scope = scope;
            job.createdBy = caller.name();
            job.createdAt = Instant.now();
            job.persistAndFlush(); // the file's chunks refer to it
            long size = uploads.store(job.id, body, settings.maxFileSize());
            if (size < 0) {
                throw ProblemException.tooLarge("The file is larger than " + settings.maxFileSize() / (1024 * 1024)
                        + " MB; split it by activity");
            }
            if (size == 0) {
                throw ProblemException.unprocessable("The file is empty", null);
            }
            job.fileSize = size;
            accepted.fire(new IatiImportRunner.ImportAccepted(job.id));
            return job;
        });
    }

    @Transactional
    public IatiImportJob get(UUID id, Caller caller) {
        IatiImportJob job = IatiImportJob.<IatiImportJob>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No IATI import " + id));
        if (!caller.isCoordinator() && !caller.organisation().map(o -> o.equals(job.organisation)).orElse(false)) {
            throw ProblemException.notFound("No IATI import " + id); // another organisation's job is not shown
        }
        return job;
    }
}
