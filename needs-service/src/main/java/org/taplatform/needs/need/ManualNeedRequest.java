package org.taplatform.needs.need;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taplatform.events.SharingConsent;
import org.taplatform.reference.validation.BeneficiaryGroupCode;
import org.taplatform.reference.validation.CountryCode;
import org.taplatform.reference.validation.InstrumentCode;
import org.taplatform.reference.validation.TaSubtypeCode;
import org.taplatform.reference.validation.ThematicAreaCode;

/** A need a coordinator records from a State's written request outside a survey (source MANUAL). */
@Schema(example = """
        {"country": "KEN", "instrument": "UNTOC", "article": "18(13)", "taSubtype": "COOPERATION.CRIMINAL_MATTERS_TRAINING",
         "thematicArea": "MUTUAL_LEGAL_ASSISTANCE", "beneficiaryGroups": ["CENTRAL_AUTHORITIES", "PROSECUTORS"],
         "description": "Training of the central authority's staff on incoming requests for mutual legal assistance",
         "priority": "HIGH", "consent": "PROVIDERS_AND_DONORS", "requestReference": "Note verbale KEN/MFA/2026/114"}""")
public record ManualNeedRequest(
        @NotNull @CountryCode String country,
        @NotNull @InstrumentCode String instrument,
        @Size(max = 20) @Schema(description = "article of the instrument, e.g. 18(13)") String article,
        @NotNull @TaSubtypeCode @Schema(description = "TA subtype code; it must apply to the instrument") String taSubtype,
        @ThematicAreaCode String thematicArea,
        @Size(max = 20) List<@NotNull @BeneficiaryGroupCode String> beneficiaryGroups,
        @NotBlank @Size(max = 4000) String description,
        @NotNull @Pattern(regexp = "HIGH|MEDIUM|LOW", message = "must be HIGH, MEDIUM or LOW") String priority,
        @NotNull @Schema(description = "how widely the State lets the need be shared, as its request says") SharingConsent consent,
        @Schema(description = "a reporting cycle the need belongs to, if any (one needs-service has heard of)") UUID cycleId,
        @NotBlank @Size(max = 200) @Schema(description = "the State's written request: a note verbale's number, a letter's date and sender") String requestReference) {
}
