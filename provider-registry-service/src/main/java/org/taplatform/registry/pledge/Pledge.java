package org.taplatform.registry.pledge;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Funding a donor pledged, committed or disbursed: to a need, to a country (and theme), or to an activity. */
@Entity
@Table(name = "pledge")
public class Pledge extends PanacheEntityBase {

    /** The life of a pledge: pledged, then committed, then disbursed; cancelled before it is disbursed. */
    @Schema(name = "PledgeStatus")
    public enum Status {
        PLEDGED, COMMITTED, DISBURSED, CANCELLED;

        boolean mayBecome(Status next) {
            return switch (this) {
                case PLEDGED -> next == COMMITTED || next == DISBURSED || next == CANCELLED;
                case COMMITTED -> next == DISBURSED || next == CANCELLED;
                case DISBURSED, CANCELLED -> false;
            };
        }
    }

    @Id
    public UUID id;
    public String donor;
    public String country;
    public UUID needId;
    public String taType;
    public String taSubtype;
    public UUID activityId;
    public BigDecimal amount;
    public String currency;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String note;
    public String createdBy;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public int version;
}
