package org.taplatform.survey.questionnaire;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A questionnaire version with its content and how far its translation is. */
public record QuestionnaireView(
        @Schema(example = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f") UUID id,
        @Schema(example = "UNTOC") String instrument,
        @Schema(example = "2") int version,
        Questionnaire.Status status,
        Map<String, String> title,
        List<QuestionnaireDocument.Section> sections,
        @Schema(description = "texts still without a translation, per UN language (they show in English)")
        Map<String, Integer> missingTranslations,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt,
        String publishedBy,
        Instant publishedAt) {

    static QuestionnaireView of(Questionnaire questionnaire, QuestionnaireDocument content) {
        Map<String, Integer> missing = new LinkedHashMap<>();
        TranslationReport.of(content).languages().forEach(l -> missing.put(l.language(), l.missing()));
        return new QuestionnaireView(questionnaire.id, questionnaire.instrument, questionnaire.version,
                questionnaire.status, content.title(), content.sections(), missing, questionnaire.createdBy,
                questionnaire.createdAt, questionnaire.updatedBy, questionnaire.updatedAt, questionnaire.publishedBy,
                questionnaire.publishedAt);
    }
}
