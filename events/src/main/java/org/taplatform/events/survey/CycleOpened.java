package org.taplatform.events.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.taplatform.events.EventContract;

/** A coordinator opened a reporting cycle. Key: the cycle id (a cycle concerns many countries). */
public record CycleOpened(
        UUID cycleId,
        String name,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate deadline,
        List<CycleInstrument> instruments,
        String openedBy,
        Instant openedAt) implements EventContract {

    public static final String TYPE = "ta.survey.cycle.opened.v1";

    /** An instrument of the cycle, the questionnaire version it uses, and the States expected to report. */
    public record CycleInstrument(String instrument, UUID questionnaireId, int questionnaireVersion,
            List<String> expectedReporters) {
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
