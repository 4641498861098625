package org.taplatform.survey.cycle;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.taplatform.events.SharingConsent;
import org.taplatform.events.Topics;
import org.taplatform.events.outbox.Outbox;
import org.taplatform.events.survey.CycleClosed;
import org.taplatform.events.survey.CycleOpened;
import org.taplatform.reference.problem.Preconditions;
import org.taplatform.reference.problem.ProblemException;
import org.taplatform.reference.security.Caller;
import org.taplatform.survey.party.StatePartyService;
import org.taplatform.survey.questionnaire.Questionnaire;
import org.taplatform.survey.questionnaire.QuestionnaireService;
import org.taplatform.survey.response.SurveyResponse;

import io.quarkus.panache.common.Sort;

/**
 * Use cases of reporting cycles: a coordinator opens one for some instruments (pinning each instrument's published
 * questionnaire and snapshotting the States expected to report), and closes it, which names the non-respondents.
 */
@ApplicationScoped
public class CycleService {

    /** Per the 2009 overview: a State that did not respond is assumed to need help with reporting. */
    static final String NON_RESPONSE_SUBTYPE = "REPORTING.LEGISLATION_REVIEW";
    /** The assumption is UNODC's, not the State's statement: it is not shared beyond UNODC. */
    static final SharingConsent NON_RESPONSE_CONSENT = SharingConsent.UNODC_ONLY;

    private final QuestionnaireService questionnaires;
    private final StatePartyService parties;
    private final Outbox outbox;

    CycleService(QuestionnaireService questionnaires, StatePartyService parties, Outbox outbox) {
        this.questionnaires = questionnaires;
        this.parties = parties;
        this.outbox = outbox;
    }

    @Transactional
    public CycleView open(OpenCycleRequest request, Caller caller) {
        ReportingCycle cycle = new ReportingCycle();
        cycle.id = UUID.randomUUID();
        cycle.name = request.name();
        cycle.periodStart = request.periodStart();
        cycle.periodEnd = request.periodEnd();
        cycle.deadline = request.deadline();
        cycle.status = ReportingCycle.Status.OPEN;
        cycle.openedBy = caller.name();
        cycle.openedAt = Instant.now();
        cycle.persist();
        List<CycleOpened.CycleInstrument> opened = new ArrayList<>();
        for (String instrument : request.instruments()) {
            Questionnaire questionnaire = questionnaires.latestPublished(instrument).orElseThrow(() ->
                    ProblemException.conflict("The " + instrument + " questionnaire has no published version yet"));
            List<String> expected = parties.partiesDuring(instrument, cycle.periodStart, cycle.periodEnd);
            if (expected.isEmpty()) {
                throw ProblemException.conflict("No State is recorded as party to " + instrument
                        + " during the period: record the States parties first (/api/v1/states-parties)");
            }
            CycleInstrument cycleInstrument = new CycleInstrument();
            cycleInstrument.key = new CycleInstrument.Key(cycle.id, instrument);
            cycleInstrument.questionnaireId = questionnaire.id;
            cycleInstrument.persist();
            for (String country : expected) {
                ExpectedReporter reporter = new ExpectedReporter();
                reporter.key = new ExpectedReporter.Key(cycle.id, instrument, country);
                reporter.persist();
            }
            opened.add(new CycleOpened.CycleInstrument(instrument, questionnaire.id, questionnaire.version, expected));
        }
        outbox.record(Topics.SURVEY_RESPONSES, cycle.id.toString(), cycle.id.toString(), new CycleOpened(cycle.id,
                cycle.name, cycle.periodStart, cycle.periodEnd, cycle.deadline, opened, cycle.openedBy, cycle.openedAt));
        return view(cycle);
    }

    /** Closes the cycle: the expected reporters without a submitted response are its non-respondents. */
    @Transactional
    public CycleView close(UUID id, String ifMatch, Caller caller) {
        ReportingCycle cycle = get(id);
        Preconditions.requireMatch(ifMatch, cycle.rowVersion);
        if (!cycle.isOpen()) {
            throw ProblemException.conflict("Cycle " + cycle.name + " is already closed");
        }
        cycle.status = ReportingCycle.Status.CLOSED;
        cycle.closedBy = caller.name();
        cycle.closedAt = Instant.now();
        List<CycleClosed.InstrumentOutcome> outcomes = new ArrayList<>();
        for (CycleInstrument instrument : instruments(cycle.id)) {
            String code = instrument.key.instrument();
            List<String> expected = expectedReporters(cycle.id, code);
            Set<String> respondents = respondents(cycle.id, code);
            List<CycleClosed.NonRespondent> nonRespondents = expected.stream()
                    .filter(country -> !respondents.contains(country))
                    .map(country -> new CycleClosed.NonRespondent(country, nonResponseNeedId(cycle.id, code, country),
                            NON_RESPONSE_SUBTYPE, "HIGH", NON_RESPONSE_CONSENT))
                    .toList();
            outcomes.add(new CycleClosed.InstrumentOutcome(code, expected, List.copyOf(respondents), nonRespondents));
        }
        outbox.record(Topics.SURVEY_RESPONSES, cycle.id.toString(), cycle.id.toString(),
                new CycleClosed(cycle.id, cycle.name, outcomes, cycle.closedBy, cycle.closedAt));
        return view(cycle);
    }

    @Transactional
    public ReportingCycle get(UUID id) {
        return ReportingCycle.<ReportingCycle>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No reporting cycle " + id));
    }

    @Transactional
    public List<CycleView> list() {
        return ReportingCycle.<ReportingCycle>findAll(Sort.descending("openedAt")).list().stream().map(this::view).toList();
    }

    @Transactional
    public CycleView find(UUID id) {
        return view(get(id));
    }

    @Transactional
    public List<String> expectedReporters(UUID cycleId, String instrument) {
        return ExpectedReporter.<ExpectedReporter>list("key.cycleId = ?1 and key.instrument = ?2",
                Sort.by("key.country"), cycleId, instrument).stream().map(reporter -> reporter.key.country()).toList();
    }

    /** The instruments of a cycle with their pinned questionnaires. */
    @Transactional
    public List<CycleInstrument> instruments(UUID cycleId) {
        return CycleInstrument.list("key.cycleId", Sort.by("key.instrument"), cycleId);
    }

    /** The States that submitted their response at least once (a reopened response was still given). */
    @Transactional
    public Set<String> respondents(UUID cycleId, String instrument) {
        return new TreeSet<>(SurveyResponse.getEntityManager().createQuery("""
                select distinct r.country from SurveyResponse r
                where r.cycleId = :cycle and r.instrument = :instrument and r.revision >= 1""", String.class)
                .setParameter("cycle", cycleId).setParameter("instrument", instrument).getResultList());
    }

    /** Stable, so that the need of a non-respondent has one id however often the closing is replayed. */
    static UUID nonResponseNeedId(UUID cycleId, String instrument, String country) {
        return UUID.nameUUIDFromBytes(("non-response/" + cycleId + "/" + instrument + "/" + country).getBytes(UTF_8));
    }

    private CycleView view(ReportingCycle cycle) {
        List<CycleView.InstrumentView> instruments = instruments(cycle.id).stream().map(instrument -> {
            Questionnaire questionnaire = questionnaires.get(instrument.questionnaireId);
            return new CycleView.InstrumentView(instrument.key.instrument(), questionnaire.id, questionnaire.version,
                    expectedReporters(cycle.id, instrument.key.instrument()).size());
        }).toList();
        return new CycleView(cycle.id, cycle.name, cycle.periodStart, cycle.periodEnd, cycle.deadline, cycle.status,
                instruments, cycle.openedBy, cycle.openedAt, cycle.closedBy, cycle.closedAt);
    }
}
