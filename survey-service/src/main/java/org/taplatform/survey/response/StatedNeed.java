package org.taplatform.survey.response;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.taplatform.events.SharingConsent;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A need for technical assistance that a State states in a response, with its sharing consent. */
@Entity
@Table(name = "stated_need")
public class StatedNeed extends PanacheEntityBase {

    public enum Priority { HIGH, MEDIUM, LOW }

    @Id
    public UUID id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "response_id")
    public SurveyResponse response;
    public int position;
    public String taSubtype;
    public String article;
    public String description;
    @Enumerated(EnumType.STRING)
    public Priority priority;
    @Enumerated(EnumType.STRING)
    public SharingConsent consent;
}
