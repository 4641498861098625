package org.taplatform.survey.response;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.taplatform.events.Topics;
import org.taplatform.events.outbox.Outbox;
import org.taplatform.events.survey.ResponseSubmitted;
import org.taplatform.reference.security.Caller;

/** Use cases of a survey response. */
@ApplicationScoped
public class ResponseService {

    private final Outbox outbox;

    ResponseService(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Stores the response and its {@code ResponseSubmitted} event in one transaction. */
    @Transactional
    public ResponseView submit(SubmitResponseRequest request, Caller caller) {
        caller.requireActsFor(request.country());
        SurveyResponse response = new SurveyResponse();
        response.id = UUID.randomUUID();
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
