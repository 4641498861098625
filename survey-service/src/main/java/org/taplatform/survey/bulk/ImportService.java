package org.taplatform.survey.bulk;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.taplatform.reference.problem.ProblemException;
import org.taplatform.reference.security.Caller;
import org.taplatform.survey.cycle.CycleService;
import org.taplatform.survey.cycle.ReportingCycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.panache.common.Sort;

/** Accepts import files (checked enough to refuse an unreadable one at once) and reports on their jobs. */
@ApplicationScoped
public class ImportService {

    /** The largest file accepted: 64 MB, several hundred thousand answer rows. */
    static final int MAX_FILE_BYTES = 64 * 1024 * 1024;

    private final CycleService cycles;
    private final Event<ImportJobRunner.ImportAccepted> accepted;
    private final ObjectMapper json;

    ImportService(CycleService cycles, Event<ImportJobRunner.ImportAccepted> accepted, ObjectMapper json) {
        this.cycles = cycles;
        this.accepted = accepted;
        this.json = json;
    }

    @Transactional
    public ImportJobView accept(UUID cycleId, ImportJob.Format format, String fileName, byte[] content,
            boolean submit, Caller caller) {
        if (content.length > MAX_FILE_BYTES) {
            throw ProblemException.tooLarge("The file has " + content.length + " bytes; at most " + MAX_FILE_BYTES
                    + " are taken: split it by country");
        }
        ReportingCycle cycle = cycles.get(cycleId);
        if (!cycle.isOpen()) {
            throw ProblemException.conflict("Reporting cycle " + cycle.name + " is closed: it takes no more answers");
        }
        ImportFileReader.checkHeader(format, content);
        ImportJob job = new ImportJob();
        job.id = UUID.randomUUID();
        job.cycleId = cycleId;
        job.format = format;
        job.fileName = fileName;
        job.content = content;
        job.submit = submit;
        job.status = ImportJob.Status.QUEUED;
        job.errors = "[]";
        job.createdBy = caller.name();
        job.createdAt = Instant.now();
        job.persist();
        accepted.fire(new ImportJobRunner.ImportAccepted(job.id));
        return view(job, true);
    }

    @Transactional
    public ImportJobView find(UUID id) {
        return ImportJob.<ImportJob>findByIdOptional(id).map(job -> view(job, true))
                .orElseThrow(() -> ProblemException.notFound("No import job " + id));
    }

    @Transactional
    public List<ImportJobView> list(UUID cycleId) {
        var jobs = cycleId == null ? ImportJob.<ImportJob>findAll(Sort.descending("createdAt")).list()
                : ImportJob.<ImportJob>list("cycleId", Sort.descending("createdAt"), cycleId);
        return jobs.stream().map(job -> view(job, false)).toList();
    }

    private ImportJobView view(ImportJob job, boolean withErrors) {
        List<RowError> errors = List.of();
        if (withErrors) {
            try {
                errors = json.readValue(job.errors, new TypeReference<List<RowError>>() {
                });
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return new ImportJobView(job.id, job.cycleId, job.format, job.fileName, job.submit, job.status, job.rowsTotal,
                job.rowsDone, job.countriesImported, job.countriesRejected, job.errorCount, errors, job.failure,
                job.createdBy, job.createdAt, job.startedAt, job.finishedAt);
    }
}
