package org.taplatform.survey.bulk;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An import job's progress and its row-level error report. */
public record ImportJobView(
        @Schema(example = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f") UUID id,
        @Schema(example = "5f0c6a1e-3b7d-4c2a-9e1f-8a2b4c6d8e0f") UUID cycleId,
        ImportJob.Format format,
        String fileName,
        boolean submit,
        ImportJob.Status status,
        @Schema(description = "rows in the file (without its header), once the job has read it") Integer rowsTotal,
        int rowsDone,
        int countriesImported,
        int countriesRejected,
        int errorCount,
        @Schema(description = "the first 1000 row errors: row (the header is row 1), column, value, why") List<RowError> errors,
        String failure,
        String createdBy,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt) {
}
