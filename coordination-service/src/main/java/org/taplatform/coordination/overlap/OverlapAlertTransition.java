package org.taplatform.coordination.overlap;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One step of an alert's history: who moved it from which status to which, why, and when. */
@Entity
@Table(name = "overlap_alert_transition")
public class OverlapAlertTransition extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public UUID alertId;
    public String fromStatus;
    public String toStatus;
    public String actor;
    public String reason;
    public Instant at;
}
