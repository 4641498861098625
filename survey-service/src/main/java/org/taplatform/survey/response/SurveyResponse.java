package org.taplatform.survey.response;

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

/** A State's response to the questionnaire of one instrument in a reporting cycle. */
@Entity
@Table(name = "survey_response")
public class SurveyResponse extends PanacheEntityBase {

    /**
     * DRAFT: being answered, never submitted. SUBMITTED: its last revision stands; only an amendment changes it.
     * REOPENED: a coordinator gave it back for changes; editable until submitted again.
     */
    @Schema(name = "ResponseStatus")
    public enum Status { DRAFT, SUBMITTED, REOPENED }

    @Id
    public UUID id;
    public UUID cycleId;
    public String country;
    public String instrument;
    public UUID questionnaireId;
    /** The language of the answers (a UN language tag). */
    public String language;
    @Enumerated(EnumType.STRING)
    public Status status;
    /** The number of the last submitted revision; 0 before the first submission. */
    public int revision;
    /** Question code to answer, as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String answers;
    public String createdBy;
    public Instant createdAt;
    public String updatedBy;
    public Instant updatedAt;
    public String submittedBy;
    public Instant submittedAt;
    /** The ETag. */
    @Version
    public int rowVersion;

    public boolean isEditable() {
        return status == Status.DRAFT || status == Status.REOPENED;
    }
}
