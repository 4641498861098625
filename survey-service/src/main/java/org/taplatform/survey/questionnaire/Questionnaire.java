package org.taplatform.survey.questionnaire;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One version of an instrument's questionnaire. Published versions never change. */
@Entity
@Table(name = "questionnaire")
public class Questionnaire extends PanacheEntityBase {

    @Schema(name = "QuestionnaireStatus")
    public enum Status { DRAFT, PUBLISHED }

    @Id
    public UUID id;
    public String instrument;
    public int version;
    @Enumerated(EnumType.STRING)
    public Status status;
    /** Title and sections, as JSON in the questionnaire file's format. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String definition;
    public String createdBy;
    public Instant createdAt;
    public String updatedBy;
    public Instant updatedAt;
    public String publishedBy;
    public Instant publishedAt;
    /** The ETag: every change increments it. */
    @Version
    public int rowVersion;

    public boolean isPublished() {
        return status == Status.PUBLISHED;
    }
}
