package org.taplatform.survey.questionnaire;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A questionnaire version in a list. */
public record QuestionnaireSummary(UUID id, String instrument, int version, Questionnaire.Status status,
        Map<String, String> title, Instant updatedAt, Instant publishedAt) {

    static QuestionnaireSummary of(Questionnaire questionnaire, QuestionnaireDocument content) {
        return new QuestionnaireSummary(questionnaire.id, questionnaire.instrument, questionnaire.version,
                questionnaire.status, content.title(), questionnaire.updatedAt, questionnaire.publishedAt);
    }
}
