package org.taplatform.coordination.knowledge;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The evaluation of a finished activity, as the registry announced it: its rating and lessons, what and where. */
@Entity
@Table(name = "lesson_read_model")
public class LessonReadModel extends PanacheEntityBase {

    @Id
    public UUID activityId;
    public String iatiIdentifier;
    public String reportingOrganisation;
    public String[] recipientCountries = {};
    public String[] taSubtypes = {};
    public int rating;
    public String lessons;
    public String language;
    public String documentUrl;
    public LocalDate evaluatedOn;
    public int version;
}
