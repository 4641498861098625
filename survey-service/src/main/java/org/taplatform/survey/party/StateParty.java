package org.taplatform.survey.party;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A State party to an instrument: since when, by which act, and until when if it withdrew. */
@Entity
@Table(name = "state_party")
public class StateParty extends PanacheEntityBase {

    /** How a State expressed its consent to be bound. */
    @Schema(name = "PartyAction")
    public enum Action { RATIFICATION, ACCESSION, ACCEPTANCE, APPROVAL, SUCCESSION }

    @Embeddable
    public record Key(String instrument, String country) implements Serializable {
    }

    @EmbeddedId
    public Key key;
    @Enumerated(EnumType.STRING)
    public Action action;
    public LocalDate becamePartyOn;
    public LocalDate withdrewOn;
    public String updatedBy;
    public Instant updatedAt;

    /** A party on some day of the period [from, to]: bound before its end, not withdrawn before its start. */
    public boolean isPartyDuring(LocalDate from, LocalDate to) {
        return !becamePartyOn.isAfter(to) && (withdrewOn == null || withdrewOn.isAfter(from));
    }
}
