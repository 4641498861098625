package org.taplatform.needs.cycle;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A State expected to report on an instrument in a cycle, and whether it responded. */
@Entity
@Table(name = "cycle_reporter")
public class CycleReporter extends PanacheEntityBase {

    @EmbeddedId
    public Key key;
    public boolean responded;

    @Embeddable
    public record Key(UUID cycleId, String instrument, String country) implements Serializable {
    }

    public static CycleReporter of(UUID cycleId, String instrument, String country) {
        CycleReporter reporter = new CycleReporter();
        reporter.key = new Key(cycleId, instrument, country);
        return reporter;
    }
}
