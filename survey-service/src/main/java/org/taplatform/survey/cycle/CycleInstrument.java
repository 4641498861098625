package org.taplatform.survey.cycle;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An instrument of a cycle and the questionnaire version pinned for it when the cycle opened. */
@Entity
@Table(name = "cycle_instrument")
public class CycleInstrument extends PanacheEntityBase {

    @Embeddable
    public record Key(UUID cycleId, String instrument) implements Serializable {
    }

    @EmbeddedId
    public Key key;
    public UUID questionnaireId;
}
