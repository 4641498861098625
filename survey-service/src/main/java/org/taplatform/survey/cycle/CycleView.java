package org.taplatform.survey.cycle;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A reporting cycle as the API shows it. */
public record CycleView(UUID id, String name, LocalDate periodStart, LocalDate periodEnd, LocalDate deadline,
        ReportingCycle.Status status, List<InstrumentView> instruments, String openedBy, Instant openedAt,
        String closedBy, Instant closedAt) {

    @Schema(name = "CycleInstrument")
    public record InstrumentView(String instrument, UUID questionnaireId, int questionnaireVersion,
            int expectedReporters) {
    }
}
