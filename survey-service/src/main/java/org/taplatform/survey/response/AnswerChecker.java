package org.taplatform.survey.response;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.taplatform.events.SharingConsent;
import org.taplatform.reference.ReferenceData;
import org.taplatform.survey.questionnaire.QuestionType;
import org.taplatform.survey.questionnaire.QuestionnaireDocument;
import org.taplatform.survey.questionnaire.QuestionnaireDocument.Choice;
import org.taplatform.survey.questionnaire.QuestionnaireDocument.Question;
import org.taplatform.survey.questionnaire.QuestionnaireDocument.RequiredWhen;
import org.taplatform.survey.questionnaire.QuestionnaireDocument.Section;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Checks answers against the questionnaire version they answer: each answer's type, the codes it uses (choices,
 * TA subtypes applying to the instrument and offered by the question, thematic areas, beneficiary groups, consent),
 * lengths and ranges, and which required questions are still unanswered (always required, or required by an earlier
 * answer: the legislation cited when a measure is in place).
 */
public final class AnswerChecker {

    static final int DEFAULT_TEXT_LIMIT = 4000;
    static final int MAX_NEEDS_PER_QUESTION = 50;
    private static final Pattern ARTICLE = Pattern.compile("\\d{1,2}(\\(\\d{1,2}\\))?(\\([a-z]\\))?");
    private static final Set<String> YES_NO_PARTLY = Set.of("YES", "NO", "PARTLY");
    private static final Set<String> PRIORITIES = Set.of("HIGH", "MEDIUM", "LOW");
    private static final Set<String> NEED_FIELDS = Set.of("id", "taSubtype", "article", "thematicArea",
            "beneficiaryGroups", "priority", "description", "consent");

    private AnswerChecker() {
    }

    /** A question's problems in English and as codes with values, side by side. */
    private static final class Problems {
        final List<String> texts = new ArrayList<>();
        final List<AnswerReport.Issue> issues = new ArrayList<>();

        /** A problem without a code of its own (clients show its text). */
        void add(String text) {
            add(text, "INVALID");
        }

        /** A problem with its code and values, given as name, value, name, value... */
        void add(String text, String code, String... values) {
            java.util.Map<String, String> named = new java.util.LinkedHashMap<>();
            for (int i = 0; i + 1 < values.length; i += 2) {
                named.put(values[i], values[i + 1]);
            }
            texts.add(text);
            issues.add(new AnswerReport.Issue(code, named));
        }

        boolean isEmpty() {
            return texts.isEmpty();
        }
    }

    public static AnswerReport check(QuestionnaireDocument questionnaire, String instrument, ObjectNode answers) {
        List<AnswerReport.QuestionCheck> checks = new ArrayList<>();
        Set<String> known = new HashSet<>();
        int answered = 0;
        for (Section section : questionnaire.sections()) {
            for (Question question : section.questions()) {
                known.add(question.code());
                JsonNode answer = answers.get(question.code());
                if (isEmpty(answer)) {
                    Problems required = whyRequired(question, answers);
                    checks.add(new AnswerReport.QuestionCheck(question.code(), section.code(),
                            required.isEmpty() ? AnswerReport.Status.UNANSWERED : AnswerReport.Status.MISSING,
                            required.texts, required.issues));
                    continue;
                }
                answered++;
                Problems problems = problems(question, instrument, answer);
                checks.add(new AnswerReport.QuestionCheck(question.code(), section.code(),
                        problems.isEmpty() ? AnswerReport.Status.ANSWERED : AnswerReport.Status.INVALID, problems.texts,
                        problems.issues));
            }
        }
        List<String> unknown = new ArrayList<>();
        answers.fieldNames().forEachRemaining(code -> {
            if (!known.contains(code)) {
                unknown.add(code);
            }
        });
        boolean valid = unknown.isEmpty() && checks.stream().noneMatch(c -> c.status() == AnswerReport.Status.INVALID);
        boolean complete = valid && checks.stream().noneMatch(c -> c.status() == AnswerReport.Status.MISSING);
        return new AnswerReport(valid, complete, answered, checks.size(), checks, unknown);
    }

    /** Why the question needs an answer before submission (none when it does not). */
    private static Problems whyRequired(Question question, ObjectNode answers) {
        Problems why = new Problems();
        RequiredWhen condition = question.requiredWhen();
        if (question.isRequired()) {
            why.add("an answer is required", "REQUIRED");
        } else if (condition != null && condition.holdsFor(answers.get(condition.question()))) {
            why.add("an answer is required when " + condition.question() + " is " + String.join(" or ",
                    condition.answers()), "REQUIRED_WHEN", "question", condition.question(), "answers",
                    String.join(" ", condition.answers()));
        }
        return why;
    }

    static boolean isEmpty(JsonNode answer) {
        return answer == null || answer.isNull() || (answer.isTextual() && answer.asText().isBlank())
                || (answer.isArray() && answer.isEmpty());
    }

    private static Problems problems(Question question, String instrument, JsonNode answer) {
        Problems problems = new Problems();
        switch (question.kind()) {
            case YES_NO_PARTLY -> {
                if (!answer.isTextual() || !YES_NO_PARTLY.contains(answer.asText())) {
                    problems.add("must be YES, NO or PARTLY");
                }
            }
            case SINGLE_CHOICE -> {
                if (!answer.isTextual() || !choiceCodes(question).contains(answer.asText())) {
                    problems.add("must be one of " + choiceCodes(question));
                }
            }
            case MULTIPLE_CHOICE -> {
                Set<String> seen = new HashSet<>();
                if (!answer.isArray()) {
                    problems.add("must be a list of choice codes");
                } else {
                    answer.forEach(choice -> {
                        if (!choice.isTextual() || !choiceCodes(question).contains(choice.asText())) {
                            problems.add(choice + " is not one of " + choiceCodes(question));
                        } else if (!seen.add(choice.asText())) {
                            problems.add(choice.asText() + " is chosen twice");
                        }
                    });
                }
            }
            case NUMBER -> checkNumber(question, answer, problems);
            case TEXT -> {
                int limit = question.maxLength() != null ? question.maxLength() : DEFAULT_TEXT_LIMIT;
                if (!answer.isTextual()) {
                    problems.add("must be text");
                } else if (answer.asText().length() > limit) {
                    problems.add("is " + answer.asText().length() + " characters long; at most " + limit, "TOO_LONG",
                            "length", String.valueOf(answer.asText().length()), "limit", String.valueOf(limit));
                }
            }
            case NEEDS -> checkNeeds(question, instrument, answer, problems);
        }
        return problems;
    }

    private static void checkNumber(Question question, JsonNode answer, Problems problems) {
        if (!answer.isNumber()) {
            problems.add("must be a number", "NOT_A_NUMBER");
            return;
        }
        BigDecimal value = answer.decimalValue();
        if (Boolean.TRUE.equals(question.integer()) && value.stripTrailingZeros().scale() > 0) {
            problems.add("must be a whole number", "NOT_A_WHOLE_NUMBER");
        }
        if (question.min() != null && value.compareTo(question.min()) < 0) {
            problems.add("must be at least " + question.min(), "BELOW_MIN", "min", question.min().toPlainString());
        }
        if (question.max() != null && value.compareTo(question.max()) > 0) {
            problems.add("must be at most " + question.max(), "ABOVE_MAX", "max", question.max().toPlainString());
        }
    }

    private static void checkNeeds(Question question, String instrument, JsonNode answer, Problems problems) {
        if (!answer.isArray()) {
            problems.add("must be a list of needs");
            return;
        }
        if (answer.size() > MAX_NEEDS_PER_QUESTION) {
            problems.add("lists " + answer.size() + " needs; at most " + MAX_NEEDS_PER_QUESTION);
            return;
        }
        ReferenceData reference = ReferenceData.instance();
        for (int i = 0; i < answer.size(); i++) {
            JsonNode need = answer.get(i);
            String at = "[" + i + "].";
            if (!need.isObject()) {
                problems.add("[" + i + "] must be a need object");
                continue;
            }
            for (Iterator<String> fields = need.fieldNames(); fields.hasNext();) {
                String field = fields.next();
                if (!NEED_FIELDS.contains(field)) {
                    problems.add(at + field + " is not a field of a need");
                }
            }
            String subtype = need.path("taSubtype").asText(null);
            if (subtype == null) {
                problems.add(at + "taSubtype is required", "NEED_SUBTYPE_REQUIRED", "need", String.valueOf(i));
            } else if (reference.taSubtype(subtype).isEmpty()) {
                problems.add(at + "taSubtype " + subtype + " is not a known TA subtype");
            } else if (!reference.taSubtype(subtype).get().appliesTo(instrument)) {
                problems.add(at + "taSubtype " + subtype + " does not apply to " + instrument);
            } else if (question.taSubtypes() != null && !question.taSubtypes().contains(subtype)) {
                problems.add(at + "taSubtype " + subtype + " is not one this question offers " + question.taSubtypes());
            }
            String article = text(need, "article");
            if (article != null && !ARTICLE.matcher(article).matches()) {
                problems.add(at + "article must be an article number such as 5, 18(13) or 6(2)(b)");
            }
            String area = text(need, "thematicArea");
            if (area != null && !reference.isThematicArea(area)) {
                problems.add(at + "thematicArea " + area + " is not a known thematic area");
            }
            JsonNode groups = need.get("beneficiaryGroups");
            if (groups != null && !groups.isNull()) {
                if (!groups.isArray()) {
                    problems.add(at + "beneficiaryGroups must be a list");
                } else {
                    groups.forEach(group -> {
                        if (!reference.isBeneficiaryGroup(group.asText())) {
                            problems.add(at + "beneficiaryGroups " + group.asText() + " is not a known beneficiary group");
                        }
                    });
                }
            }
            if (!PRIORITIES.contains(need.path("priority").asText())) {
                problems.add(at + "priority must be HIGH, MEDIUM or LOW");
            }
            if (!isConsent(need.path("consent").asText())) {
                problems.add(at + "consent must be UNODC_ONLY, PROVIDERS_AND_DONORS or PUBLIC");
            }
            String description = text(need, "description");
            if (description != null && description.length() > DEFAULT_TEXT_LIMIT) {
                problems.add(at + "description is longer than " + DEFAULT_TEXT_LIMIT + " characters");
            }
            String id = text(need, "id");
            if (id != null && !isUuid(id)) {
                problems.add(at + "id must be the id the platform gave the need");
            }
        }
    }

    private static Set<String> choiceCodes(Question question) {
        Set<String> codes = new LinkedHashSet<>();
        for (Choice choice : question.choices()) {
            codes.add(choice.code());
        }
        return codes;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static boolean isConsent(String value) {
        for (SharingConsent consent : SharingConsent.values()) {
            if (consent.name().equals(value)) {
                return true;
            }
        }
        return false;
    }

    static boolean isUuid(String value) {
        try {
            UUID.fromString(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static boolean isNeedsQuestion(Question question) {
        return question.kind() == QuestionType.NEEDS;
    }
}
