package org.taplatform.survey.response;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.taplatform.events.SharingConsent;

/** A response as the API shows it. */
public record ResponseView(UUID id, UUID cycleId, String country, String instrument, String language, SurveyResponse.Status status,
        String submittedBy, Instant submittedAt, List<NeedView> needs) {

    public record NeedView(UUID id, String taSubtype, String article, String description, StatedNeed.Priority priority,
            SharingConsent consent) {
    }

    static ResponseView of(SurveyResponse response) {
        return new ResponseView(response.id, response.cycleId, response.country, response.instrument, response.language,
                response.status, response.submittedBy, response.submittedAt,
                response.needs.stream().map(n -> new NeedView(n.id, n.taSubtype, n.article, n.description,
                        n.priority, n.consent)).toList());
    }
}
