package org.taplatform.coordination.webhook;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One event to deliver to one subscription: PENDING (due at {@code nextAttemptAt}), DELIVERED, or DEAD after the
 * last attempt failed (the dead letter, which the subscriber can send again). Its id is the {@code webhook-id}
 * header: the same on every attempt, so that receivers recognise a repeat.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {

    public enum Status { PENDING, DELIVERED, DEAD }

    @Id
    public UUID id;
    public UUID subscriptionId;
    public String eventId;
    public String eventType;
    public String payload;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Status status;
    public int attempts;
    public Instant nextAttemptAt;
    public Integer lastStatusCode;
    public String lastError;
    public Instant createdAt;
    public Instant deliveredAt;
}
