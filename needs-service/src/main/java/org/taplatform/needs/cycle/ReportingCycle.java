package org.taplatform.needs.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A reporting cycle as survey-service announced it: needs-service's own copy, for response rates and profiles. */
@Entity
@Table(name = "reporting_cycle")
public class ReportingCycle extends PanacheEntityBase {

    @Id
    public UUID id;
    public String name;
    public LocalDate periodStart;
    public LocalDate periodEnd;
    public Instant openedAt;
    public Instant closedAt;

    /** Cycles in the order they were run: by period, then by opening. */
    public static java.util.List<ReportingCycle> inOrder() {
        return list("order by periodStart nulls last, openedAt, id");
    }
}
