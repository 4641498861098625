package org.taplatform.survey.questionnaire;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A questionnaire version in a list. */
public record QuestionnaireSummary(@Schema(example = "5f0c6a1e-3b7d-4c2a-9e1f-8a2b4c6d8e0f") UUID id, @Schema(example = "UNTOC") String instrument, @Schema(example = "2") int version, Questionnaire.Status status,
        Map<String, String> title, Instant updatedAt, @Schema(example = "2026-11-20T09:30:00Z") Instant publishedAt) {

    static QuestionnaireSummary of(Questionnaire questionnaire, QuestionnaireDocument content) {
        return new QuestionnaireSummary(questionnaire.id, questionnaire.instrument, questionnaire.version,
                questionnaire.status, content.title(), questionnaire.updatedAt, questionnaire.publishedAt);
    }
}
