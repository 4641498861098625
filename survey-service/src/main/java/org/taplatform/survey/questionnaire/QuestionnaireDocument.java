package org.taplatform.survey.questionnaire;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A questionnaire as a file: what coordinators write, translators translate and the platform exports. Its JSON
 * Schema is {@code schemas/questionnaire.schema.json} (GET /api/v1/questionnaires/schema). Every text is a map from
 * a UN language tag to the text; English is required, the other languages fall back to it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A questionnaire of one instrument, as in the questionnaire file")
public record QuestionnaireDocument(
        @Schema(description = "format of the file; ta-platform.questionnaire/1", example = FORMAT) String format,
        @Schema(example = "UNTOC") String instrument,
        @Schema(description = "set by the platform, ignored on input") Integer version,
        @Schema(description = "set by the platform, ignored on input") Questionnaire.Status status,
        @Schema(description = "set by the platform, ignored on input") Instant publishedAt,
        @Schema(example = "{\"en\": \"Self-assessment checklist: Organized Crime Convention\", \"fr\": \"Liste de contrôle pour l'auto-évaluation : Convention contre la criminalité organisée\"}")
        Map<String, String> title,
        List<Section> sections) {

    public static final String FORMAT = "ta-platform.questionnaire/1";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Section(String code, Map<String, String> title, String article, List<Question> questions) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Question(
            @Schema(example = "Q5.1") String code,
            @Schema(description = "YES_NO_PARTLY, SINGLE_CHOICE, MULTIPLE_CHOICE, NUMBER, TEXT or NEEDS", example = "YES_NO_PARTLY")
            String type,
            @Schema(description = "an answer is needed to submit; false when absent") Boolean required,
            @Schema(description = "article of the instrument", example = "5") String article,
            Map<String, String> label,
            Map<String, String> hint,
            @Schema(description = "for SINGLE_CHOICE and MULTIPLE_CHOICE") List<Choice> choices,
            @Schema(description = "NUMBER: smallest accepted") BigDecimal min,
            @Schema(description = "NUMBER: largest accepted") BigDecimal max,
            @Schema(description = "NUMBER: whole numbers only") Boolean integer,
            @Schema(description = "TEXT: longest accepted answer (default 4000 characters)") Integer maxLength,
            @Schema(description = "an answer is needed to submit when an earlier question has one of the given answers: the legislation cited when the answer is YES or PARTLY")
            RequiredWhen requiredWhen,
            @Schema(description = "NEEDS: the TA subtypes offered, those of the taxonomy that concern the question's article; when absent, any that applies to the instrument", example = "[\"LEGAL.DRAFTING\", \"TRAINING.JUSTICE_OFFICIALS\"]")
            List<String> taSubtypes) {

        public boolean isRequired() {
            return Boolean.TRUE.equals(required);
        }

        /** The type; read as text so that an unknown type is reported by the schema check with its path. */
        public QuestionType kind() {
            return QuestionType.valueOf(type);
        }
    }

    public record Choice(String code, Map<String, String> label) {
    }

    /** The condition under which a question must be answered: an earlier question answered with one of the codes. */
    public record RequiredWhen(@Schema(example = "A5.1") String question,
            @Schema(example = "[\"YES\", \"PARTLY\"]") List<String> answers) {

        /** Whether the answers given make the question required. */
        public boolean holdsFor(com.fasterxml.jackson.databind.JsonNode answer) {
            return answer != null && answer.isTextual() && answers.contains(answer.asText());
        }
    }

    /** The same questionnaire without the platform's metadata: what is stored for a version. */
    QuestionnaireDocument content() {
        return new QuestionnaireDocument(null, instrument, null, null, null, title, sections);
    }

    QuestionnaireDocument asFile(Questionnaire questionnaire) {
        return new QuestionnaireDocument(FORMAT, questionnaire.instrument, questionnaire.version, questionnaire.status,
                questionnaire.publishedAt, title, sections);
    }
}
