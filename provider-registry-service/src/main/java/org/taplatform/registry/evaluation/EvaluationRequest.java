package org.taplatform.registry.evaluation;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taplatform.reference.validation.LanguageTag;

/** An evaluation as the activity's organisation writes it. */
@Schema(example = """
        {"rating": 5, "results": "42 prosecutors trained; 9 requests for mutual legal assistance sent within the year",
         "lessons": "Pair the workshops with a mentor in the central authority: requests drafted with one were accepted twice as often.",
         "language": "en", "documentUrl": "https://evaluations.example.org/ke-mla-2025.pdf", "evaluatedOn": "2026-02-15"}""")
public record EvaluationRequest(
        @Schema(description = "1 highly unsatisfactory, 2 unsatisfactory, 3 moderately unsatisfactory, 4 moderately satisfactory, 5 satisfactory, 6 highly satisfactory")
        @NotNull @Min(1) @Max(6) Integer rating,
        @NotBlank @Size(max = 4000) String results,
        @Schema(description = "lessons learned, in free text") @NotBlank @Size(max = 8000) String lessons,
        @Schema(description = "the language of results and lessons") @NotNull @LanguageTag String language,
        @Schema(description = "the evaluation report, http or https") @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http or https address") String documentUrl,
        @NotNull @PastOrPresent LocalDate evaluatedOn) {
}
