package org.taplatform.survey.response;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a response's answers stand against its questionnaire, question by question. */
@Schema(description = "Per-question validation of a response")
public record AnswerReport(
        @Schema(example = "true", description = "no invalid answer and no answer to an unknown question") boolean valid,
        @Schema(description = "valid, and every required question answered: it can be submitted") boolean complete,
        @Schema(example = "12") int answered,
        int questions,
        List<QuestionCheck> checks,
        @Schema(description = "answered codes that are not questions of this questionnaire version")
        List<String> unknownQuestions) {

    @Schema(name = "AnswerStatus")
    public enum Status { ANSWERED, UNANSWERED, MISSING, INVALID }

    /** MISSING: required but unanswered; INVALID: the answer does not fit the question (see problems). */
    public record QuestionCheck(String code, String section, Status status, List<String> problems) {
    }
}
