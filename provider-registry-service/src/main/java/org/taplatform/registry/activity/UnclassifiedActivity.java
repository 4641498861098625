package org.taplatform.registry.activity;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An activity waiting for its TA subtypes, with what its text and sectors suggest. */
public record UnclassifiedActivity(ActivityView activity,
        @Schema(description = "at most three, best first; the score only orders them") List<SubtypeSuggestion> suggestedSubtypes,
        @Schema(description = "the instruments its text names", example = "[\"TIP\"]") List<String> suggestedInstruments) {

    /** A subtype suggested for an activity, and why. */
    public record SubtypeSuggestion(@Schema(example = "TRAINING.LAW_ENFORCEMENT") String taSubtype,
            @Schema(example = "Training of law enforcement officers") String name,
            @Schema(example = "4.37") double score,
            @Schema(example = "[\"its text mentions police, investigators\", \"DAC sector 15210\"]") List<String> reasons) {
    }

    static UnclassifiedActivity of(Activity activity) {
        SubtypeSuggester.Suggestions suggestions = SubtypeSuggester.instance().suggest(activity.snapshot());
        return new UnclassifiedActivity(ActivityView.of(activity), suggestions.taSubtypes().stream()
                .map(s -> new SubtypeSuggestion(s.taSubtype(), s.name(), s.score(), s.reasons())).toList(),
                suggestions.instruments());
    }
}
