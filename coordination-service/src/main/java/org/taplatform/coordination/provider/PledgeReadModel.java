package org.taplatform.coordination.provider;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A donor's pledge as the registry announced it: what "required against funded" is computed from. */
@Entity
@Table(name = "pledge_read_model")
public class PledgeReadModel extends PanacheEntityBase {

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
    public String status;
    public int version;
    /** When the row last changed: stamped by the database (a trigger), read only here. */
    @jakarta.persistence.Column(insertable = false, updatable = false)
    public java.time.Instant changedAt;
}
