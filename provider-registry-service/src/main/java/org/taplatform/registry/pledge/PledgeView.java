package org.taplatform.registry.pledge;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PledgeView(UUID id, String donor, String country, UUID needId, UUID activityId, String taType,
        String taSubtype, BigDecimal amount, String currency, Pledge.Status status, String note, String createdBy,
        Instant createdAt, Instant updatedAt, int version) {

    static PledgeView of(Pledge pledge) {
        return new PledgeView(pledge.id, pledge.donor, pledge.country, pledge.needId, pledge.activityId, pledge.taType,
                pledge.taSubtype, pledge.amount, pledge.currency, pledge.status, pledge.note, pledge.createdBy,
                pledge.createdAt, pledge.updatedAt, pledge.version);
    }
}
