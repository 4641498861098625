package org.taplatform.registry.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The evaluation of a finished activity (one per activity, keyed by it). */
@Entity
@Table(name = "activity_evaluation")
public class Evaluation extends PanacheEntityBase {

    @Id
    public UUID activityId;
    public int rating;
    public String results;
    public String lessons;
    public String language;
    public String documentUrl;
    public LocalDate evaluatedOn;
    public String createdBy;
    public Instant createdAt;
    public String updatedBy;
    public Instant updatedAt;
    @Version
    public int version;
}
