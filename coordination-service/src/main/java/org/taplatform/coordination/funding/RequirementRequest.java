package org.taplatform.coordination.funding;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taplatform.reference.validation.CurrencyCode;

/** A need's requirement: what meeting it is estimated to cost, and on what basis. */
@Schema(example = """
        {"amount": 180000, "currency": "USD", "note": "Three workshops and a study visit, as costed in the national action plan"}""")
public record RequirementRequest(
        @NotNull @PositiveOrZero @DecimalMax("1000000000000") BigDecimal amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code") @CurrencyCode String currency,
        @Size(max = 2000) String note) {
}
