package org.taplatform.needs.cycle;

import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.taplatform.events.survey.CycleClosed;
import org.taplatform.events.survey.CycleOpened;
import org.taplatform.events.survey.ResponseSubmitted;

import io.quarkus.logging.Log;

/**
 * Keeps needs-service's copy of the reporting cycles from survey-service's events: who is expected to report on
 * which instrument, and who responded. A State counts as a respondent once it submitted (and the closing of the cycle
 * says definitively who did). Only expected reporters count, so a rate never exceeds 100 %.
 */
@ApplicationScoped
public class CycleTracker {

    @Transactional(TxType.MANDATORY)
    public void opened(CycleOpened opened) {
        ReportingCycle cycle = ReportingCycle.findById(opened.cycleId());
        boolean isNew = cycle == null;
        if (isNew) {
            cycle = new ReportingCycle();
            cycle.id = opened.cycleId();
            cycle.openedAt = opened.openedAt();
        }
        cycle.name = opened.name();
        cycle.periodStart = opened.periodStart();
        cycle.periodEnd = opened.periodEnd();
        if (isNew) {
            cycle.persist();
        }
        for (CycleOpened.CycleInstrument instrument : opened.instruments()) {
            for (String country : new HashSet<>(instrument.expectedReporters())) {
                if (CycleReporter.findById(new CycleReporter.Key(cycle.id, instrument.instrument(), country)) == null) {
                    CycleReporter.of(cycle.id, instrument.instrument(), country).persist();
                }
            }
        }
    }

    @Transactional(TxType.MANDATORY)
    public void responded(ResponseSubmitted response) {
        CycleReporter reporter = CycleReporter.findById(
                new CycleReporter.Key(response.cycleId(), response.instrument(), response.country()));
        if (reporter == null) {
            Log.infof("%s responded on %s in cycle %s without being expected to: not counted in the rate",
                    response.country(), response.instrument(), response.cycleId());
            return;
        }
        reporter.responded = true;
    }

    @Transactional(TxType.MANDATORY)
    public void closed(CycleClosed closed) {
        ReportingCycle cycle = ReportingCycle.findById(closed.cycleId());
        boolean isNew = cycle == null; // opened before needs-service listened: the closing event says all that counts
        if (isNew) {
            cycle = new ReportingCycle();
            cycle.id = closed.cycleId();
            cycle.openedAt = closed.closedAt();
        }
        cycle.name = closed.name();
        cycle.closedAt = closed.closedAt();
        if (isNew) {
            cycle.persist();
        }
        for (CycleClosed.InstrumentOutcome outcome : closed.instruments()) {
            Set<String> respondents = new HashSet<>(outcome.respondents());
            for (String country : new HashSet<>(outcome.expectedReporters())) {
                CycleReporter reporter = CycleReporter.findById(
                        new CycleReporter.Key(cycle.id, outcome.instrument(), country));
                if (reporter == null) {
                    reporter = CycleReporter.of(cycle.id, outcome.instrument(), country);
                    reporter.persist();
                }
                reporter.responded = respondents.contains(country);
            }
        }
    }
}
