package org.taplatform.survey.questionnaire;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.taplatform.reference.ReferenceData;
import org.taplatform.reference.UnLanguage;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A questionnaire as a respondent reads it in one language: each text in that language, English where the
 * translation is missing, and the list of those places.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuestionnairePreview(@Schema(example = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f") UUID id, @Schema(example = "UNTOC") String instrument, @Schema(example = "2") int version, Questionnaire.Status status,
        @Schema(example = "fr") String language, @Schema(example = "Questionnaire sur l’application de la Convention") String title, List<SectionPreview> sections, List<String> missingTranslations) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SectionPreview(String code, String title, String article, List<QuestionPreview> questions) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionPreview(String code, QuestionType type, boolean required, String article, String label,
            String hint, List<ChoicePreview> choices, BigDecimal min, BigDecimal max, Boolean integer,
            Integer maxLength, QuestionnaireDocument.RequiredWhen requiredWhen,
            @Schema(description = "NEEDS: the TA subtypes offered, named in the language") List<ChoicePreview> taSubtypes) {
    }

    public record ChoicePreview(String code, String label) {
    }

    static QuestionnairePreview of(Questionnaire questionnaire, QuestionnaireDocument content, UnLanguage language) {
        List<String> missing = TranslationReport.of(content).languages().stream()
                .filter(report -> report.language().equals(language.tag()))
                .findFirst().orElseThrow().missingTexts();
        List<SectionPreview> sections = content.sections().stream()
                .map(section -> new SectionPreview(section.code(), text(section.title(), language), section.article(),
                        section.questions().stream().map(question -> new QuestionPreview(question.code(),
                                question.kind(), question.isRequired(), question.article(),
                                text(question.label(), language), text(question.hint(), language),
                                question.choices() == null ? null : question.choices().stream()
                                        .map(choice -> new ChoicePreview(choice.code(), text(choice.label(), language)))
                                        .toList(),
                                question.min(), question.max(), question.integer(), question.maxLength(),
                                question.requiredWhen(), subtypes(question, language))).toList()))
                .toList();
        return new QuestionnairePreview(questionnaire.id, questionnaire.instrument, questionnaire.version,
                questionnaire.status, language.tag(), text(content.title(), language), sections, missing);
    }

    private static List<ChoicePreview> subtypes(QuestionnaireDocument.Question question, UnLanguage language) {
        if (question.taSubtypes() == null) {
            return null;
        }
        return question.taSubtypes().stream().map(code -> new ChoicePreview(code, ReferenceData.instance()
                .taSubtype(code).map(subtype -> subtype.names().in(language)).orElse(code))).toList();
    }

    private static String text(Map<String, String> labels, UnLanguage language) {
        if (labels == null) {
            return null;
        }
        String text = labels.get(language.tag());
        return text == null || text.isBlank() ? labels.get(UnLanguage.FALLBACK.tag()) : text;
    }
}
