package org.taplatform.needs.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Response rates per reporting cycle and instrument: who was expected to report, who responded. */
public record ResponseRates(@Schema(example = "en") String language, List<Rate> rates, String rule,
        @Schema(description = "when the needs register (needs, reporting cycles and their reporters) last changed: the data this answer is computed from") java.time.Instant asOf) {

    static final String RULE = "rate = States that responded / States expected to report (the States parties the cycle "
            + "snapshotted when it opened), in percent, rounded half up to one decimal; only expected reporters count, "
            + "so a rate never exceeds 100.";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ResponseRate")
    public record Rate(UUID cycleId, String cycle, LocalDate periodStart, boolean closed,
            @Schema(example = "UNTOC") String instrument, String instrumentLabel,
            @Schema(description = "States expected to report (the denominator)", example = "147") int expected,
            @Schema(description = "States that responded (the numerator)", example = "97") int responded,
            @Schema(description = "percent, one decimal", example = "66.0") BigDecimal rate,
            @Schema(description = "the same by region or regional group, when asked for with ?by=") List<Group> groups) {
    }

    @Schema(name = "ResponseRateGroup")
    public record Group(String code, String label, int expected, int responded, BigDecimal rate) {
    }

    static BigDecimal percent(int responded, int expected) {
        return expected == 0 ? null
                : BigDecimal.valueOf(responded * 100L).divide(BigDecimal.valueOf(expected), 1, RoundingMode.HALF_UP);
    }
}
