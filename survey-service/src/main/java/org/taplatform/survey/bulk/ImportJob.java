package org.taplatform.survey.bulk;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A coordinator's bulk import of answers into a cycle, with its file, progress and row errors. */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {

    @Schema(name = "AnswerImportStatus")
    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    @Schema(name = "AnswerFileFormat")
    public enum Format { CSV, XLSX }

    @Id
    public UUID id;
    public UUID cycleId;
    @Enumerated(EnumType.STRING)
    public Format format;
    public String fileName;
    @Basic(fetch = FetchType.LAZY)
    public byte[] content;
    public boolean submit;
    @Enumerated(EnumType.STRING)
    public Status status;
    public Integer rowsTotal;
    public int rowsDone;
    public int countriesImported;
    public int countriesRejected;
    public int errorCount;
    @JdbcTypeCode(SqlTypes.JSON)
    public String errors;
    public String failure;
    public String createdBy;
    public Instant createdAt;
    public Instant startedAt;
    public Instant finishedAt;
}
