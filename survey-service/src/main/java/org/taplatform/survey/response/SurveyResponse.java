package org.taplatform.survey.response;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A State's response to the questionnaire of one instrument. */
@Entity
@Table(name = "survey_response")
public class SurveyResponse extends PanacheEntityBase {

    public enum Status { SUBMITTED }

    @Id
    public UUID id;
    /** The reporting cycle answered, if any. */
    public UUID cycleId;
    public String country;
    public String instrument;
    public String language;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String submittedBy;
    public Instant submittedAt;
    @Version
    public int version;

    @OneToMany(mappedBy = "response", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<StatedNeed> needs = new ArrayList<>();
}
