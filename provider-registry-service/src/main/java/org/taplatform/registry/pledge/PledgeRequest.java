package org.taplatform.registry.pledge;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taplatform.reference.validation.CountryCode;
import org.taplatform.reference.validation.TaSubtypeCode;
import org.taplatform.registry.iati.OrganisationIdentifier;

/**
 * A pledge: the donor, the country, and at most one target within it: a need (needId), an activity (activityId), or
 * a theme (taType or taSubtype); none of them: the country as a whole.
 */
@Schema(example = """
        {"donor": "XI-IATI-NORLANDMFA", "country": "KEN", "needId": "0b5c8a4e-2a51-4c1e-9d1e-0c3e7f6f1a10",
         "amount": 250000, "currency": "EUR", "status": "PLEDGED", "note": "Subject to parliamentary approval"}""")
public record PledgeRequest(
        @NotBlank @OrganisationIdentifier String donor,
        @NotNull @CountryCode String country,
        @Schema(description = "a need of needs-service in this country") UUID needId,
        @Schema(description = "an activity of this registry with this country among its recipients") UUID activityId,
        @Pattern(regexp = "REPORTING|STRATEGY|DATA|LEGAL|TRAINING|COOPERATION|VICTIMS|RESOURCES", message = "must be a TA type code") String taType,
        @TaSubtypeCode String taSubtype,
        @NotNull @Positive @Digits(integer = 15, fraction = 2) BigDecimal amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code") String currency,
        @NotNull Pledge.Status status,
        @Size(max = 1000) String note) {
}
