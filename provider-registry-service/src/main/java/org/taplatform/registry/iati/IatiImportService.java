package org.taplatform.registry.iati;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.taplatform.reference.problem.ProblemException;
import org.taplatform.reference.security.Caller;

/** Accepts IATI files for import: stored on disk first, then a job that a runner works through. */
@ApplicationScoped
public class IatiImportService {

    private final IatiImportSettings settings;
    private final Event<IatiImportRunner.ImportAccepted> accepted;

    IatiImportService(IatiImportSettings settings, Event<IatiImportRunner.ImportAccepted> accepted) {
        this.settings = settings;
        this.accepted = accepted;
    }

    /** Copies the upload to disk (refusing it past the size limit), then records the job. */
    public IatiImportJob accept(InputStream body, String fileName, IatiImportJob.Scope scope, Caller caller) {
        if (!caller.isCoordinator() && caller.organisation().isEmpty()) {
            throw new jakarta.ws.rs.ForbiddenException("An account without an organisation claim imports nothing");
        }
        UUID id = UUID.randomUUID();
        Path file = Path.of(settings.importDirectory(), id + ".xml");
        long size;
        try {
            Files.createDirectories(file.getParent());
            size = copyAtMost(body, file, settings.maxFileSize());
        } catch (IOException e) {
            throw new UncheckedIOException("could not store the uploaded file", e);
        }
        if (size < 0) {
            throw ProblemException.tooLarge("The file is larger than " + settings.maxFileSize() / (1024 * 1024)
                    + " MB; split it by activity");
        }
        if (size == 0) {
            deleteQuietly(file);
            throw ProblemException.unprocessable("The file is empty", null);
        }
        return record(id, file, size, fileName, scope, caller);
    }

    @Transactional
    IatiImportJob record(UUID id, Path file, long size, String fileName, IatiImportJob.Scope scope, Caller caller) {
        IatiImportJob job = new IatiImportJob();
        job.id = id;
        job.fileName = fileName;
        job.filePath = file.toString();
        job.fileSize = size;
        job.organisation = caller.isCoordinator() ? null : caller.organisation().orElseThrow();
        job.status = IatiImportJob.Status.QUEUED;
        job.scope = scope;
        job.createdBy = caller.name();
        job.createdAt = Instant.now();
        job.persist();
        accepted.fire(new IatiImportRunner.ImportAccepted(id));
        return job;
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

    /** The number of bytes copied, or -1 (and no file) when the body is larger than the limit. */
    private static long copyAtMost(InputStream in, Path file, long limit) throws IOException {
        long copied = 0;
        byte[] buffer = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int read; (read = in.read(buffer)) >= 0;) {
                copied += read;
                if (copied > limit) {
                    out.close();
                    deleteQuietly(file);
                    return -1;
                }
                out.write(buffer, 0, read);
            }
        }
        return copied;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a file in the import directory that no job names is harmless
        }
    }
}
