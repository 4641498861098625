package org.taplatform.needs.need;

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
import jakarta.persistence.Version;

import org.taplatform.events.NeedSource;
import org.taplatform.events.SharingConsent;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A State's need for technical assistance in the consolidated register. */
@Entity
@Table(name = "need")
public class Need extends PanacheEntityBase {

    /**
     * OPEN, MATCHED, IN_PROGRESS, COVERED: how far it is answered. WITHDRAWN: no longer stated by its response.
     * SUPERSEDED: stated again by the State in a later reporting cycle (the later need carries it on). RESOLVED: the
     * State answered a later cycle for the instrument without stating it again. The last three are closed: no gap, no
     * proposal; they stay in the history and the comparison of cycles.
     */
    @Schema(name = "NeedStatus")
    public enum Status {
        OPEN, MATCHED, IN_PROGRESS, COVERED, WITHDRAWN, SUPERSEDED, RESOLVED;

        /** Still to be answered: what a later cycle may supersede or resolve. */
        public boolean isAnswerable() {
            return this == OPEN || this == MATCHED || this == IN_PROGRESS;
        }

        /** Closed by the State's later statements (not by assistance): reopened if those go. */
        public boolean isSucceeded() {
            return this == SUPERSEDED || this == RESOLVED;
        }
    }

    @Id
    public UUID id;
    public String country;
    public String instrument;
    public String article;
    public String taType;
    public String taSubtype;
    public String thematicArea;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> beneficiaryGroups = new ArrayList<>();
    public String description;
    public String priority;
    @Enumerated(EnumType.STRING)
    public NeedSource source;
    @Enumerated(EnumType.STRING)
    public SharingConsent consent;
    @Enumerated(EnumType.STRING)
    public Status status;
    public UUID cycleId;
    public UUID responseId;
    public Instant registeredAt;
    /** For a need recorded by hand: the State's written request it comes from (e.g. a note verbale's number). */
    public String requestReference;
    /** For a need recorded by hand: the coordinator who recorded it. */
    public String recordedBy;
    public String statusReason;
    public Instant statusChangedAt;
    @Version
    public int version;
}
