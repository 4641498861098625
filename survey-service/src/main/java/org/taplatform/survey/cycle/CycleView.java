package org.taplatform.survey.cycle;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A reporting cycle as the API shows it. */
public record CycleView(@Schema(example = "5f0c6a1e-3b7d-4c2a-9e1f-8a2b4c6d8e0f") UUID id, @Schema(example = "Fifth reporting cycle (2026-2027)") String name, @Schema(example = "2026-01-01") LocalDate periodStart, LocalDate periodEnd, @Schema(example = "2027-03-31") LocalDate deadline,
        ReportingCycle.Status status, List<InstrumentView> instruments, String openedBy, @Schema(example = "2026-11-20T09:30:00Z") Instant openedAt,
        String closedBy, Instant closedAt) {

    @Schema(name = "CycleInstrument")
    public record InstrumentView(String instrument, UUID questionnaireId, int questionnaireVersion,
            int expectedReporters) {
    }
}
