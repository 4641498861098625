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

    /**
     * MISSING: required but unanswered; INVALID: the answer does not fit the question (see problems). {@code issues}
     * says the same as {@code problems}, one for one, as codes with their values, for a client that words them in its
     * user's language.
     */
    public record QuestionCheck(String code, String section, Status status, List<String> problems,
            @Schema(description = "the problems as codes with their values, one for each problem: REQUIRED; REQUIRED_WHEN (question, answers: the earlier answer that makes this one required); NOT_A_NUMBER; NOT_A_WHOLE_NUMBER; BELOW_MIN (min); ABOVE_MAX (max); TOO_LONG (length, limit); NEED_SUBTYPE_REQUIRED (need: its index); INVALID for any other (read its problem)")
            List<Issue> issues) {
    }

    /** One problem as a code and the values it names. */
    @Schema(name = "AnswerIssue")
    public record Issue(@Schema(example = "REQUIRED_WHEN") String code,
            @Schema(example = "{\"question\": \"A6.1\", \"answers\": \"YES PARTLY\"}") java.util.Map<String, String> values) {
    }
}
