package org.taplatform.coordination.need;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.taplatform.events.NeedSource;
import org.taplatform.events.SharingConsent;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** coordination-service's copy of a need, kept up to date from needs-service's events. */
@Entity
@Table(name = "need_read_model")
public class NeedReadModel extends PanacheEntityBase {

    @Id
    public UUID id;
    public String country;
    public String instrument;
    public String article;
    public String taType;
    public String taSubtype;
    public String priority;
    @Enumerated(EnumType.STRING)
    public NeedSource source;
    @Enumerated(EnumType.STRING)
    public SharingConsent consent;
    public String status;
    public String statusReason;
    /** Coordination's assessment: COVERED, PARTLY_COVERED or UNMET, the status it means, and why. */
    public String coverageLevel;
    public String coverageStatus;
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
    public java.util.List<String> coverageEvidence = new java.util.ArrayList<>();
    public Instant registeredAt;
    /** When the row last changed: stamped by the database (a trigger), read only here. */
    @jakarta.persistence.Column(insertable = false, updatable = false)
    public java.time.Instant changedAt;
    /** The reporting cycle it was stated in; null for a need recorded by hand. */
    public java.util.UUID cycleId;
    /** The id of the last event applied, to trace the read model back to the topic. */
    public String lastEventId;
}
