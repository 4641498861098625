package org.taplatform.survey.response;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taplatform.events.SharingConsent;
import org.taplatform.reference.validation.CountryCode;
import org.taplatform.reference.validation.InstrumentCode;
import org.taplatform.reference.validation.TaSubtypeCode;

/** A response submitted by a State's focal point (the walking skeleton: needs only, no questionnaire yet). */
@SubtypesApplyToInstrument
@Schema(description = "A State's response to the questionnaire of one instrument")
public record SubmitResponseRequest(
        @Schema(description = "the reporting cycle answered; it must be open and cover the instrument")
        java.util.UUID cycleId,
        @NotNull @CountryCode @Schema(description = "ISO 3166-1 alpha-3 code of the responding State", example = "KEN")
        String country,
        @NotNull @InstrumentCode @Schema(example = "UNTOC")
        String instrument,
        @NotNull @Pattern(regexp = "ar|zh|en|fr|ru|es", message = "must be one of the six UN languages: ar, zh, en, fr, ru, es")
        @Schema(description = "Language of the answers", example = "en")
        String language,
        @NotNull @Size(max = 200)
        List<@NotNull @Valid NeedRequest> needs) {

    @Schema(description = "A need for technical assistance stated in the response")
    public record NeedRequest(
            @NotNull @TaSubtypeCode @Schema(example = "LEGAL.DRAFTING")
            String taSubtype,
            @Pattern(regexp = "\\d{1,2}(\\(\\d{1,2}\\))?(\\([a-z]\\))?", message = "must be an article number such as 5, 18(13) or 6(2)(b)")
            @Schema(example = "18(13)")
            String article,
            @Size(max = 4000) @Schema(example = "Assistance in drafting legislation on mutual legal assistance")
            String description,
            @NotNull
            StatedNeed.Priority priority,
            @NotNull @Schema(description = "How widely the State lets this need be shared")
            SharingConsent consent) {
    }
}
