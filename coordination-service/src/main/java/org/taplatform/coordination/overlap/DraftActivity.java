package org.taplatform.coordination.overlap;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taplatform.reference.validation.BeneficiaryGroupCode;
import org.taplatform.reference.validation.CountryCode;
import org.taplatform.reference.validation.LanguageTag;
import org.taplatform.reference.validation.TaSubtypeCode;

/** An activity an organisation plans, to check before it registers it. */
@Schema(example = """
        {"organisation": "XI-DEMO-UNODC-ROEA", "titles": {"en": "Training of prosecutors in cybercrime cases"},
         "descriptions": {"en": "Workshops for prosecutors on electronic evidence"}, "recipientCountries": ["KEN"],
         "taSubtypes": ["TRAINING.JUSTICE_OFFICIALS"], "beneficiaryGroups": ["PROSECUTORS"],
         "plannedStart": "2026-05-01", "plannedEnd": "2026-10-31"}""")
public record DraftActivity(
        @NotBlank @Size(max = 100) String organisation,
        @NotEmpty @Size(max = 20) Map<@NotBlank @LanguageTag String, @NotBlank @Size(max = 500) String> titles,
        @Size(max = 20) Map<@NotBlank @LanguageTag String, @NotBlank @Size(max = 10000) String> descriptions,
        @NotEmpty @Size(max = 250) List<@NotNull @CountryCode String> recipientCountries,
        @Size(max = 30) List<@NotNull @TaSubtypeCode String> taSubtypes,
        @Size(max = 20) List<@NotNull @BeneficiaryGroupCode String> beneficiaryGroups,
        LocalDate plannedStart,
        LocalDate plannedEnd) {
}
