package org.taplatform.registry.iati;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An import of an IATI activity file: where the file is, how far the import went, and its report. */
@Entity
@Table(name = "iati_import_job")
public class IatiImportJob extends PanacheEntityBase {

    @Schema(name = "IatiImportStatus")
    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    /** One line of the report: an activity not simply created or updated, and why. */
    @Schema(name = "IatiImportEntry")
    public record Entry(String iatiIdentifier, String outcome, List<String> reasons) {
    }

    @Id
    public UUID id;
    public String fileName;
    public String filePath;
    public long fileSize;
    public String organisation;
    @Enumerated(EnumType.STRING)
    public Status status;
    public Integer activitiesTotal;
    public int activitiesDone;
    public int created;
    public int updated;
    public int unchanged;
    public int skipped;
    public int rejected;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Entry> report = new ArrayList<>();
    public String failure;
    /** What the importer should know about the file as a whole though nothing was refused. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> notes = new ArrayList<>();
    public String createdBy;
    public Instant createdAt;
    public Instant startedAt;
    public Instant finishedAt;
}
