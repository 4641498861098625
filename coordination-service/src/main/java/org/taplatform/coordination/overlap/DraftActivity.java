package org.taplatform.coordination.overlap;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taplatform.reference.validation.CurrencyCode;
import org.taplatform.reference.validation.BeneficiaryGroupCode;
import org.taplatform.reference.validation.CountryCode;
import org.taplatform.reference.validation.LanguageTag;
import org.taplatform.reference.validation.TaSubtypeCode;

/** An activity an organisation plans, to check before it registers it. */
@Schema(example = """
        {"organisation": "XM-DAC-41128-ROEA", "titles": {"en": "Training of prosecutors in cybercrime cases"},
         "descriptions": {"en": "Workshops for prosecutors on electronic evidence"}, "recipientCountries": ["KEN"],
         "taSubtypes": ["TRAINING.JUSTICE_OFFICIALS"], "beneficiaryGroups": ["PROSECUTORS"],
         "plannedStart": "2026-05-01", "plannedEnd": "2026-10-31",
         "participants": [{"organisation": "XI-IATI-NORLANDMFA", "role": "1"}, {"organisation": "XM-DAC-41128-ROEA", "role": "4"}],
         "budget": {"amount": 180000, "currency": "USD"}}""")
public record DraftActivity(
        @NotBlank @Size(max = 100) String organisation,
        @NotEmpty @Size(max = 20) Map<@NotBlank @LanguageTag String, @NotBlank @Size(max = 500) String> titles,
        @Size(max = 20) Map<@NotBlank @LanguageTag String, @NotBlank @Size(max = 10000) String> descriptions,
        @NotEmpty @Size(max = 250) List<@NotNull @CountryCode String> recipientCountries,
        @Size(max = 30) List<@NotNull @TaSubtypeCode String> taSubtypes,
        @Size(max = 20) List<@NotNull @BeneficiaryGroupCode String> beneficiaryGroups,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        @Size(max = 50) @Schema(description = "who funds and who implements it (IATI OrganisationRole): a funder's and an implementer's reports of one activity are linked, not overlaps") List<@NotNull @Valid Participant> participants,
        @Size(max = 100) @Schema(description = "IATI identifiers of the activities it names: related activities, and the funders' activities its funds come from (provider-activity-id)") List<@NotBlank @Size(max = 250) String> linkedActivities,
        @Valid Budget budget) {

    @Schema(name = "DraftActivityParticipant")
    public record Participant(@NotBlank @Size(max = 100) String organisation,
            @NotNull @Pattern(regexp = "[1-4]", message = "must be an IATI OrganisationRole: 1 funding, 2 accountable, 3 extending, 4 implementing") String role) {
    }

    @Schema(name = "DraftActivityBudget")
    public record Budget(@NotNull @PositiveOrZero BigDecimal amount,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code") @CurrencyCode String currency) {
    }
}
