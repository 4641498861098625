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

    /**
     * Which activities of the file an import registers: ALL (those without a TA subtype unclassified, queued for a
     * coordinator) or RELEVANT only (a DAC sector this platform registers or a tag of its TA taxonomy; the others
     * skipped and counted).
     */
    @Schema(name = "IatiImportScope")
    public enum Scope { ALL, RELEVANT }

    /** One line of the report: what happened to an activity, and why it was refused or what was left out of it. */
    @Schema(name = "IatiImportEntry")
    public record Entry(String iatiIdentifier, String outcome, List<String> reasons) {
    }

    @Id
    public UUID id;
    public String fileName;
    public long fileSize;
    public String organisation;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Enumerated(EnumType.STRING)
    public Scope scope = Scope.ALL;
    public Integer activitiesTotal;
    public int activitiesDone;
    public int created;
    public int updated;
    public int unchanged;
    public int skipped;
    public int rejected;
    public int unclassified;
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
