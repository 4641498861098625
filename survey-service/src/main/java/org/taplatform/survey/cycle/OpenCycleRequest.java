package org.taplatform.survey.cycle;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taplatform.reference.validation.InstrumentCode;

import com.fasterxml.jackson.annotation.JsonIgnore;

@Schema(description = "A reporting cycle to open")
public record OpenCycleRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Second reporting cycle 2026-2027") String name,
        @NotEmpty @Size(max = 4) @Schema(example = "[\"UNTOC\", \"TIP\"]") List<@NotNull @InstrumentCode String> instruments,
        @NotNull @Schema(example = "2026-01-01") LocalDate periodStart,
        @NotNull @Schema(example = "2026-12-31") LocalDate periodEnd,
        @NotNull @Schema(description = "last day to submit", example = "2027-03-31") LocalDate deadline) {

    @JsonIgnore
    @AssertTrue(message = "periodEnd must not be before periodStart")
    public boolean isPeriodEnd() {
        return periodStart == null || periodEnd == null || !periodEnd.isBefore(periodStart);
    }

    @JsonIgnore
    @AssertTrue(message = "deadline must not be before periodStart")
    public boolean isDeadline() {
        return periodStart == null || deadline == null || !deadline.isBefore(periodStart);
    }

    @JsonIgnore
    @AssertTrue(message = "an instrument is listed twice")
    public boolean isInstruments() {
        return instruments == null || instruments.stream().distinct().count() == instruments.size();
    }
}
