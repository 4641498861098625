package org.taplatform.survey.cycle;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A State expected to report on an instrument in a cycle: the snapshot of the parties when the cycle opened. */
@Entity
@Table(name = "cycle_expected_reporter")
public class ExpectedReporter extends PanacheEntityBase {

    @Embeddable
    public record Key(UUID cycleId, String instrument, String country) implements Serializable {
    }

    @EmbeddedId
    public Key key;
}
