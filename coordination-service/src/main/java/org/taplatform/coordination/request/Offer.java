package org.taplatform.coordination.request;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.taplatform.coordination.request.model.OfferStatus;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An organisation's offer to answer a request: what (title, scope), when, and for how much. */
@Entity
@Table(name = "ta_offer")
public class Offer extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID requestId;
    public String organisation;
    public String language;
    public String title;
    public String scope;
    public LocalDate plannedStart;
    public LocalDate plannedEnd;
    public BigDecimal amount;
    public String currency;
    @Enumerated(EnumType.STRING)
    public OfferStatus status;
    public String reason;
    public String submittedBy;
    public Instant submittedAt;
    public Instant updatedAt;
}
