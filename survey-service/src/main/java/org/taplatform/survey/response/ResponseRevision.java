package org.taplatform.survey.response;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One submission or amendment of a response, kept for ever: who, when, the answers then, what changed. */
@Entity
@Table(name = "response_revision")
public class ResponseRevision extends PanacheEntityBase {

    @Schema(name = "RevisionKind")
    public enum Kind { SUBMISSION, AMENDMENT, RESUBMISSION }

    @Embeddable
    public record Key(UUID responseId, int revision) implements Serializable {
    }

    @EmbeddedId
    public Key key;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    public String language;
    @JdbcTypeCode(SqlTypes.JSON)
    public String answers;
    /** The changed answers: a list of {question, before, after}. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String changes;
    public String reason;
    public String author;
    public Instant recordedAt;
}
