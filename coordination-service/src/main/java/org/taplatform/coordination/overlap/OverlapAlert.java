package org.taplatform.coordination.overlap;

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
import org.taplatform.coordination.overlap.model.AlertStatus;
import org.taplatform.coordination.overlap.model.Overlap;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An overlap between two registered activities (of two organisations, or one entered twice), raised by detection and settled by
 * people. One per pair: {@code activityId} is the smaller of the two ids (as text). {@code version} is the ETag the
 * actions require in If-Match.
 */
@Entity
@Table(name = "overlap_alert")
public class OverlapAlert extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID activityId;
    public String activity;
    public String organisation;
    public UUID otherActivityId;
    public String otherActivity;
    public String otherOrganisation;
    public String[] countries = {};
    /** The organisations it concerns: both reporting organisations, and those funding, extending or implementing either. */
    public String[] concerned = {};
    @Enumerated(EnumType.STRING)
    public Overlap.Severity severity;
    public double similarity;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> evidence = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    public AlertStatus status;
    public String reason;
    public UUID duplicateActivityId;
    public Instant detectedAt;
    public Instant updatedAt;
    public int version;

    public boolean isAbout(UUID activity) {
        return activityId.equals(activity) || otherActivityId.equals(activity);
    }
}
