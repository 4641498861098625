package org.taplatform.coordination.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What meeting a need is estimated to cost, agreed in coordination: the "required" of the funding view. */
@Entity
@Table(name = "need_requirement")
public class NeedRequirement extends PanacheEntityBase {

    @Id
    public UUID needId;
    public BigDecimal amount;
    public String currency;
    public String note;
    public String setBy;
    public Instant setAt;
    @Version
    public int version;
}
