package org.taplatform.needs.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.taplatform.events.SharingConsent;
import org.taplatform.events.survey.CycleClosed;
import org.taplatform.events.survey.CycleOpened;
import org.taplatform.events.survey.ResponseSubmitted;
import org.taplatform.events.survey.StatedNeed;
import org.taplatform.needs.cycle.CycleTracker;
import org.taplatform.needs.need.NeedService;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Puts needs and cycles into the register the way survey-service's events do (through the same use cases the
 * consumer calls), each test in a cycle of its own so that tests sharing the database do not count each other's needs.
 */
@ApplicationScoped
public class RegisterFixtures {

    private final NeedService needs;
    private final CycleTracker cycles;

    RegisterFixtures(NeedService needs, CycleTracker cycles) {
        this.needs = needs;
        this.cycles = cycles;
    }

    /** A need as a State states it: subtype and consent (the rest plausible defaults). */
    public static StatedNeed need(String taSubtype, SharingConsent consent) {
        return new StatedNeed(UUID.randomUUID(), taSubtype, null, null, List.of(), "MEDIUM", "needs " + taSubtype,
                consent);
    }

    public static StatedNeed need(String taSubtype, String thematicArea, SharingConsent consent) {
        return new StatedNeed(UUID.randomUUID(), taSubtype, null, thematicArea, List.of(), "MEDIUM",
                "needs " + taSubtype, consent);
    }

    /** Opens a cycle expecting these reporters per instrument. */
    public UUID openCycle(String name, LocalDate periodStart, Map<String, List<String>> expected) {
        UUID cycleId = UUID.randomUUID();
        List<CycleOpened.CycleInstrument> instruments = new ArrayList<>();
        expected.forEach((instrument, reporters) -> instruments.add(
                new CycleOpened.CycleInstrument(instrument, UUID.randomUUID(), 1, reporters)));
        CycleOpened opened = new CycleOpened(cycleId, name, periodStart, periodStart.plusMonths(6),
                periodStart.plusMonths(8), instruments, "coordinator", Instant.now());
        QuarkusTransaction.requiringNew().run(() -> cycles.opened(opened));
        return cycleId;
    }

    /** A State's submitted response in the cycle, with its needs. */
    public UUID submit(UUID cycleId, String country, String instrument, StatedNeed... stated) {
        UUID responseId = UUID.randomUUID();
        ResponseSubmitted response = new ResponseSubmitted(responseId, cycleId, country, instrument, 1, 1, "en",
                "focal-" + country.toLowerCase(), Instant.now(), List.of(stated));
        QuarkusTransaction.requiringNew().run(() -> {
            needs.registerStatedNeeds(response);
            cycles.responded(response);
        });
        return responseId;
    }

    /** Closes the cycle: per instrument, who was expected and who responded. */
    public void close(UUID cycleId, String name, Map<String, List<String>> expected, Map<String, List<String>> respondents) {
        List<CycleClosed.InstrumentOutcome> outcomes = new ArrayList<>();
        expected.forEach((instrument, reporters) -> outcomes.add(new CycleClosed.InstrumentOutcome(instrument,
                reporters, respondents.getOrDefault(instrument, List.of()), List.of())));
        CycleClosed closed = new CycleClosed(cycleId, name, outcomes, "coordinator", Instant.now());
        QuarkusTransaction.requiringNew().run(() -> cycles.closed(closed));
    }
}
