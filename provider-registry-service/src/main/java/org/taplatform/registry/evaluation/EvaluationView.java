package org.taplatform.registry.evaluation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.taplatform.registry.activity.Activity;

/** An evaluation with what its activity was: who reported it, where, of which subtypes. */
public record EvaluationView(@Schema(example = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f") UUID activityId, String iatiIdentifier, String reportingOrganisation,
        List<String> recipientCountries, List<String> taSubtypes, int rating, String ratingLabel, String results,
        @Schema(example = "Mentors inside the central authority made the difference") String lessons, String language, String documentUrl, LocalDate evaluatedOn, int version, @Schema(example = "2026-11-20T09:30:00Z") Instant updatedAt) {

    static final List<String> SCALE = List.of("highly unsatisfactory", "unsatisfactory", "moderately unsatisfactory",
            "moderately satisfactory", "satisfactory", "highly satisfactory");

    static EvaluationView of(Evaluation evaluation, Activity activity) {
        return new EvaluationView(evaluation.activityId, activity.iatiIdentifier, activity.reportingOrganisation,
                List.copyOf(activity.recipientCountryCodes), List.copyOf(activity.taSubtypes), evaluation.rating,
                SCALE.get(evaluation.rating - 1), evaluation.results, evaluation.lessons, evaluation.language,
                evaluation.documentUrl, evaluation.evaluatedOn, evaluation.version, evaluation.updatedAt);
    }
}
