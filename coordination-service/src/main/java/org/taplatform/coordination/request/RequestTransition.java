package org.taplatform.coordination.request;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One audited step of a request or of one of its offers ({@code offerId} set): who, from, to, why, when. */
@Entity
@Table(name = "ta_request_transition")
public class RequestTransition extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public UUID requestId;
    public UUID offerId;
    public String fromStatus;
    public String toStatus;
    public String actor;
    public String reason;
    public Instant at;
}
