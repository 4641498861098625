package org.taplatform.needs.analysis;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Needs counted by one dimension, with each cell's share of the total. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Breakdown(
        @Schema(description = "what the needs are counted by", example = "ta-type") String dimension,
        @Schema(description = "CONSENT: the needs the reader may see; PUBLIC: every need, no country named, small cells withheld")
        View view,
        @Schema(description = "the language of the labels") String language,
        @Schema(description = "all needs counted (withheld cells included); absent when the whole table is withheld") Long total,
        List<Cell> cells,
        @Schema(description = "the withheld cells together, so that the shares still add up to 100") Withheld withheld,
        @Schema(description = "how the shares are rounded and cells withheld") String rule,
        @Schema(description = "when the needs register (needs, reporting cycles and their reporters) last changed: the data this answer is computed from") java.time.Instant asOf) {

    @Schema(name = "AnalysisView")
    public enum View { CONSENT, PUBLIC }

    /** One value of the dimension. */
    @Schema(name = "BreakdownCell")
    public record Cell(
            @Schema(example = "TRAINING") String code,
            @Schema(example = "Training/capacity-building") String label,
            long count,
            @Schema(description = "percent of the total, one decimal; the shares of a table add up to exactly 100.0", example = "25.0")
            BigDecimal share,
            @Schema(description = "States whose needs are in the cell") int countries) {
    }

    /**
     * Cells withheld in a public table: how many, and their count and share together. When the whole table is withheld
     * (it comes from too few States) only {@code wholeTable} is given: not even how many cells it has, which would
     * tell whether a State stated a need (an empty table is withheld the same way).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Withheld(
            @Schema(description = "how many cells are withheld; absent when the whole table is") Integer cells,
            @Schema(description = "their needs together; absent when the whole table is") Long count,
            @Schema(description = "their share together; absent when the whole table is") BigDecimal share,
            @Schema(description = "true when the whole table is withheld") Boolean wholeTable) {

        static final Withheld WHOLE_TABLE = new Withheld(null, null, null, true);
    }
}
