package org.taplatform.survey.response;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.taplatform.events.Topics;
import org.taplatform.events.outbox.Outbox;
import org.taplatform.events.survey.ResponseSubmitted;
import org.taplatform.reference.problem.Problem;
import org.taplatform.reference.problem.ProblemException;
import org.taplatform.reference.security.Caller;
import org.taplatform.survey.cycle.CycleService;
import org.taplatform.survey.cycle.ReportingCycle;

/** Use cases of a survey response. */
@ApplicationScoped
public class ResponseService {

    private final Outbox outbox;
    private final CycleService cycles;

    ResponseService(Outbox outbox, CycleService cycles) {
        this.outbox = outbox;
        this.cycles = cycles;
    }

    /** Stores the response and its {@code ResponseSubmitted} event in one transaction. */
    @Transactional
    public ResponseView submit(SubmitResponseRequest request, Caller caller) {
        caller.requireActsFor(request.country());
        if (request.cycleId() != null) {
            requireAnswerable(request.cycleId(), request.instrument());
        }
        SurveyResponse response = new SurveyResponse();
        response.id = UUID.randomUUID();
        response.cycleId = request.cycleId();
        response.country = request.country();
        response.instrument = request.instrument();
        response.language = request.language();
        response.status = SurveyResponse.Status.SUBMITTED;
        response.submittedBy = caller.name();
        response.submittedAt = Instant.now();
        for (int i = 0; i < request.needs().size(); i++) {
            SubmitResponseRequest.NeedRequest stated = request.needs().get(i);
            StatedNeed need = new StatedNeed();
            need.id = UUID.randomUUID();
            need.response = response;
            need.position = i;
            need.taSubtype = stated.taSubtype();
            need.article = stated.article();
            need.description = stated.description();
            need.priority = stated.priority();
            need.consent = stated.consent();
            response.needs.add(need);
        }
        response.persist();
        outbox.record(Topics.SURVEY_RESPONSES, response.country, response.id.toString(), submitted(response));
        return ResponseView.of(response);
    }

    private void requireAnswerable(UUID cycleId, String instrument) {
        ReportingCycle cycle = cycles.get(cycleId);
        if (!cycle.isOpen()) {
            throw ProblemException.conflict("Reporting cycle " + cycle.name + " is closed: it takes no more responses");
        }
        if (cycles.instruments(cycleId).stream().noneMatch(i -> i.key.instrument().equals(instrument))) {
            throw ProblemException.invalid("The cycle does not cover " + instrument, java.util.List.of(
                    new Problem.Violation("instrument", "body", "is not an instrument of reporting cycle " + cycle.name)));
        }
    }

    @Transactional
    public ResponseView find(UUID id, Caller caller) {
        SurveyResponse response = SurveyResponse.<SurveyResponse>findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("No response " + id));
        caller.requireMayRead(response.country);
        return ResponseView.of(response);
    }

    private static ResponseSubmitted submitted(SurveyResponse response) {
        return new ResponseSubmitted(response.id, response.country, response.instrument, response.language,
                response.submittedBy, response.submittedAt,
                response.needs.stream().map(n -> new ResponseSubmitted.StatedNeed(n.id, n.taSubtype, n.article,
                        n.description, n.priority.name(), n.consent)).toList());
    }
}
