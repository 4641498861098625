package org.taplatform.registry.pledge;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PledgeView(@Schema(example = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f") UUID id, @Schema(example = "XI-IATI-NORLANDMFA") String donor, @Schema(example = "KEN") String country, UUID needId, UUID activityId, String taType,
        String taSubtype, BigDecimal amount, @Schema(example = "EUR") String currency, Pledge.Status status, String note, String createdBy,
        @Schema(example = "2026-11-20T09:30:00Z") Instant createdAt, Instant updatedAt, int version) {

    static PledgeView of(Pledge pledge) {
        return new PledgeView(pledge.id, pledge.donor, pledge.country, pledge.needId, pledge.activityId, pledge.taType,
                pledge.taSubtype, pledge.amount, pledge.currency, pledge.status, pledge.note, pledge.createdBy,
                pledge.createdAt, pledge.updatedAt, pledge.version);
    }
}
