package org.taplatform.survey.cycle;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Response rates of a reporting cycle. A State counts as a respondent once it has submitted its response (revision
 * 1 or later, even if a coordinator reopened it since); the denominator is the cycle's expected reporters, the
 * States parties during its period, fixed when it opened. Rates are percentages rounded half-up to one decimal.
 */
public record CycleStatistics(@Schema(example = "5f0c6a1e-3b7d-4c2a-9e1f-8a2b4c6d8e0f") UUID cycleId, @Schema(example = "Fifth reporting cycle (2026-2027)") String name, ReportingCycle.Status status, @Schema(example = "en") String language,
        List<InstrumentStatistics> instruments) {

    public record InstrumentStatistics(
            String instrument,
            @Schema(description = "the denominator: States expected to report") int expected,
            @Schema(description = "the numerator: States that submitted") int responded,
            @Schema(description = "responded / expected, in percent, one decimal", example = "66.0") BigDecimal rate,
            List<String> respondents,
            List<String> nonRespondents,
            List<GroupStatistics> byRegion,
            List<GroupStatistics> bySubRegion,
            List<GroupStatistics> byRegionalGroup) {
    }

    /** The same figures for the expected reporters of one UN M49 area or UN regional group. */
    public record GroupStatistics(String code, String name, int expected, int responded, BigDecimal rate) {
    }
}
