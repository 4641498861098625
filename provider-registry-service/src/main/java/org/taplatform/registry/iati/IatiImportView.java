package org.taplatform.registry.iati;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An import job as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IatiImportView(@Schema(example = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f") UUID id, String fileName, long fileSize, String organisation, IatiImportJob.Scope scope, IatiImportJob.Status status,
        @Schema(description = "activities in the file, once it has been read through") Integer activitiesTotal,
        int activitiesDone, int created, int updated, int unchanged, int skipped, int rejected,
        @Schema(description = "of those created or updated, how many have no TA subtype: registered unclassified, waiting in GET /api/v1/activities/unclassified") int unclassified,
        @Schema(description = "what happened to each activity (the first 2000): CREATED, UPDATED, UNCHANGED, SKIPPED (not about this platform's work, in scope RELEVANT) or REJECTED, with the reasons; a kept activity lists the elements left out of it and why")
        List<IatiImportJob.Entry> report,
        @Schema(description = "why the whole file was refused (not well-formed, truncated, a DOCTYPE, not IATI, a version this platform does not read)") String failure,
        @Schema(description = "what to know about the file as a whole though nothing was refused", example = "[\"the file declares no IATI version (iati-activities/@version is required): read as 2.03\"]") List<String> notes,
        String createdBy, Instant createdAt, Instant startedAt, Instant finishedAt) {

    static IatiImportView of(IatiImportJob job) {
        return new IatiImportView(job.id, job.fileName, job.fileSize, job.organisation, job.scope, job.status,
                job.activitiesTotal, job.activitiesDone, job.created, job.updated, job.unchanged, job.skipped,
                job.rejected, job.unclassified,
                List.copyOf(job.report), job.failure, List.copyOf(job.notes), job.createdBy, job.createdAt, job.startedAt, job.finishedAt);
    }
}
