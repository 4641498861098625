package org.taplatform.events.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taplatform.events.registry.ActivitySnapshot.DocumentLink;
import org.taplatform.reference.validation.LanguageTag;

/**
 * What an activity means to achieve and has achieved, as IATI 2.03 reports it (result → indicator → baseline and
 * periods with targets and actuals), kept element for element so an imported file is written out again without loss.
 * Values stay text: IATI allows a qualitative indicator's value to be words.
 */
public final class ActivityResults {

    private ActivityResults() {
    }

    /** A result: its IATI ResultType (1 output, 2 outcome, 3 impact, 9 other) and its indicators. */
    public record Result(
            @NotNull @Pattern(regexp = "[1239]", message = "must be an IATI ResultType: 1 output, 2 outcome, 3 impact, 9 other") @Schema(example = "1") String type,
            @Schema(description = "whether its figures may be added up with other activities'") Boolean aggregationStatus,
            @NotEmpty @Size(max = 20) @Schema(example = "{\"en\": \"Central authority staff trained in mutual legal assistance\"}") Map<@NotNull @LanguageTag String, @NotBlank @Size(max = 1000) String> titles,
            @Size(max = 20) Map<@NotNull @LanguageTag String, @NotBlank @Size(max = 4000) String> descriptions,
            @Size(max = 20) List<@NotNull @Valid DocumentLink> documents,
            @Size(max = 20) List<@NotNull @Valid ResultReference> references,
            @NotEmpty @Size(max = 50) List<@NotNull @Valid Indicator> indicators) {

        public Result {
            descriptions = descriptions == null ? Map.of() : descriptions;
            documents = documents == null ? List.of() : documents;
            references = references == null ? List.of() : references;
        }
    }

    /**
     * How a result is measured: its IATI IndicatorMeasure (1 unit, 2 percentage, 3 nominal, 4 ordinal, 5 qualitative),
     * whether more is better, its baselines and its periods.
     */
    public record Indicator(
            @NotNull @Pattern(regexp = "[1-5]", message = "must be an IATI IndicatorMeasure: 1 unit, 2 percentage, 3 nominal, 4 ordinal, 5 qualitative") @Schema(example = "1") String measure,
            Boolean ascending,
            Boolean aggregationStatus,
            @NotEmpty @Size(max = 20) @Schema(example = "{\"en\": \"Officials trained\"}") Map<@NotNull @LanguageTag String, @NotBlank @Size(max = 1000) String> titles,
            @Size(max = 20) Map<@NotNull @LanguageTag String, @NotBlank @Size(max = 4000) String> descriptions,
            @Size(max = 20) List<@NotNull @Valid DocumentLink> documents,
            @Size(max = 20) List<@NotNull @Valid ResultReference> references,
            @Size(max = 20) List<@NotNull @Valid IndicatorBaseline> baselines,
            @Size(max = 100) List<@NotNull @Valid IndicatorPeriod> periods) {

        public Indicator {
            descriptions = descriptions == null ? Map.of() : descriptions;
            documents = documents == null ? List.of() : documents;
            references = references == null ? List.of() : references;
            baselines = baselines == null ? List.of() : baselines;
            periods = periods == null ? List.of() : periods;
        }
    }

    /**
     * A code of an external vocabulary the result or indicator follows (IATI reference: an SDG target, a framework's
     * indicator) and where it is described.
     */
    public record ResultReference(
            @NotBlank @Size(max = 20) @Schema(example = "99") String vocabulary,
            @NotBlank @Size(max = 100) @Schema(example = "16.4.1") String code,
            @Size(max = 2000) @Schema(description = "vocabulary-uri of a result's reference, indicator-uri of an indicator's") String uri) {
    }

    /** A value broken down by a dimension (IATI dimension: sex, age …). */
    public record ResultDimension(
            @NotBlank @Size(max = 100) @Schema(example = "sex") String name,
            @NotBlank @Size(max = 100) @Schema(example = "female") String value) {
    }

    /** Where an indicator starts from: the year (and date) it was measured, its value, by location and dimension. */
    public record IndicatorBaseline(
            @NotNull @Min(1900) @Max(2200) @Schema(example = "2025") Integer year,
            LocalDate date,
            @Size(max = 200) @Schema(example = "0") String value,
            @Size(max = 20) Map<@NotNull @LanguageTag String, @NotBlank @Size(max = 4000) String> comment,
            @Size(max = 50) List<@NotBlank @Size(max = 100) String> locations,
            @Size(max = 20) List<@NotNull @Valid ResultDimension> dimensions,
            @Size(max = 20) List<@NotNull @Valid DocumentLink> documents) {

        public IndicatorBaseline {
            comment = comment == null ? Map.of() : comment;
            locations = locations == null ? List.of() : locations;
            dimensions = dimensions == null ? List.of() : dimensions;
            documents = documents == null ? List.of() : documents;
        }
    }

    /** A reporting period of an indicator: what was targeted and what was achieved in it. */
    public record IndicatorPeriod(
            @NotNull @Schema(example = "2026-01-01") LocalDate start,
            @NotNull @Schema(example = "2026-12-31") LocalDate end,
            @Size(max = 20) List<@NotNull @Valid IndicatorMeasurement> targets,
            @Size(max = 20) List<@NotNull @Valid IndicatorMeasurement> actuals) {

        public IndicatorPeriod {
            targets = targets == null ? List.of() : targets;
            actuals = actuals == null ? List.of() : actuals;
        }
    }

    /** A target or an actual of a period: its value, a comment, by location and dimension, with its evidence. */
    public record IndicatorMeasurement(
            @Size(max = 200) @Schema(example = "40") String value,
            @Size(max = 20) Map<@NotNull @LanguageTag String, @NotBlank @Size(max = 4000) String> comment,
            @Size(max = 50) List<@NotBlank @Size(max = 100) String> locations,
            @Size(max = 20) List<@NotNull @Valid ResultDimension> dimensions,
            @Size(max = 20) List<@NotNull @Valid DocumentLink> documents) {

        public IndicatorMeasurement {
            comment = comment == null ? Map.of() : comment;
            locations = locations == null ? List.of() : locations;
            dimensions = dimensions == null ? List.of() : dimensions;
            documents = documents == null ? List.of() : documents;
        }
    }
}
