package org.taplatform.survey.cycle;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A reporting cycle: States answer the questionnaires of its instruments between its opening and its closing. */
@Entity
@Table(name = "reporting_cycle")
public class ReportingCycle extends PanacheEntityBase {

    @Schema(name = "CycleStatus")
    public enum Status { OPEN, CLOSED }

    @Id
    public UUID id;
    public String name;
    public LocalDate periodStart;
    public LocalDate periodEnd;
    public LocalDate deadline;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String openedBy;
    public Instant openedAt;
    public String closedBy;
    public Instant closedAt;
    @Version
    public int rowVersion;

    public boolean isOpen() {
        return status == Status.OPEN;
    }
}
