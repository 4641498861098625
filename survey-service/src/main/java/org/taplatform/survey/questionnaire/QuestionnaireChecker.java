package org.taplatform.survey.questionnaire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.taplatform.reference.ReferenceData;
import org.taplatform.reference.problem.Problem.Violation;
import org.taplatform.survey.questionnaire.QuestionnaireDocument.Choice;
import org.taplatform.survey.questionnaire.QuestionnaireDocument.Question;
import org.taplatform.survey.questionnaire.QuestionnaireDocument.RequiredWhen;
import org.taplatform.survey.questionnaire.QuestionnaireDocument.Section;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * Checks a questionnaire against its published JSON Schema (structure, types, codes, lengths, languages) and then
 * against what a schema cannot say (codes unique in the questionnaire, min not above max, a condition on an earlier
 * question's answers, offered TA subtypes that apply to the instrument).
 */
@ApplicationScoped
public class QuestionnaireChecker {

    static final String SCHEMA = "/schemas/questionnaire.schema.json";

    private final ObjectMapper json;
    private final Schema schema;

    QuestionnaireChecker(ObjectMapper json) {
        this.json = json;
        try (InputStream in = QuestionnaireChecker.class.getResourceAsStream(SCHEMA)) {
            this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SCHEMA, e);
        }
    }

    /** Every problem of the document, each with the JSON path of the offending value; empty when it is valid. */
    public List<Violation> check(QuestionnaireDocument document) {
        JsonNode tree = json.valueToTree(document);
        List<Violation> violations = new ArrayList<>();
        for (Error error : schema.validate(tree)) {
            violations.add(new Violation(path(error.getInstanceLocation().toString()), "body", error.getMessage()));
        }
        if (violations.isEmpty()) {
            checkCodesAndRanges(document, violations);
        }
        return violations;
    }

    private static void checkCodesAndRanges(QuestionnaireDocument document, List<Violation> violations) {
        Set<String> sectionCodes = new HashSet<>();
        Set<String> questionCodes = new HashSet<>();
        Map<String, Question> earlier = new HashMap<>();
        for (int s = 0; s < document.sections().size(); s++) {
            Section section = document.sections().get(s);
            if (!sectionCodes.add(section.code())) {
                violations.add(violation("sections[" + s + "].code", "section code " + section.code() + " is used twice"));
            }
            for (int q = 0; q < section.questions().size(); q++) {
                Question question = section.questions().get(q);
                String at = "sections[" + s + "].questions[" + q + "]";
                if (!questionCodes.add(question.code())) {
                    violations.add(violation(at + ".code", "question code " + question.code() + " is used twice"));
                }
                boolean choiceType = question.kind() == QuestionType.SINGLE_CHOICE
                        || question.kind() == QuestionType.MULTIPLE_CHOICE;
                if (!choiceType && question.choices() != null && !question.choices().isEmpty()) {
                    violations.add(violation(at + ".choices", "only choice questions have choices"));
                }
                if (question.choices() != null) {
                    Set<String> choiceCodes = new HashSet<>();
                    for (int c = 0; c < question.choices().size(); c++) {
                        Choice choice = question.choices().get(c);
                        if (!choiceCodes.add(choice.code())) {
                            violations.add(violation(at + ".choices[" + c + "].code",
                                    "choice code " + choice.code() + " is used twice"));
                        }
                    }
                }
                if (question.min() != null && question.max() != null && question.min().compareTo(question.max()) > 0) {
                    violations.add(violation(at + ".min", "is greater than max"));
                }
                checkCondition(question, earlier, at, violations);
                checkOfferedSubtypes(question, document.instrument(), at, violations);
                earlier.put(question.code(), question);
            }
        }
    }

    /** A condition names an earlier question whose answers are codes (YES_NO_PARTLY, SINGLE_CHOICE) by its codes. */
    private static void checkCondition(Question question, Map<String, Question> earlier, String at,
            List<Violation> violations) {
        RequiredWhen condition = question.requiredWhen();
        if (condition == null) {
            return;
        }
        if (question.isRequired()) {
            violations.add(violation(at + ".requiredWhen", "a question is either always required or required when"));
        }
        Question on = earlier.get(condition.question());
        if (on == null) {
            violations.add(violation(at + ".requiredWhen.question", condition.question()
                    + " is not a question before this one"));
            return;
        }
        Set<String> codes = switch (on.kind()) {
            case YES_NO_PARTLY -> Set.of("YES", "NO", "PARTLY");
            case SINGLE_CHOICE -> on.choices().stream().map(Choice::code).collect(Collectors.toSet());
            default -> Set.of();
        };
        if (codes.isEmpty()) {
            violations.add(violation(at + ".requiredWhen.question", condition.question()
                    + " is a " + on.type() + " question; a condition needs a YES_NO_PARTLY or SINGLE_CHOICE one"));
            return;
        }
        for (int a = 0; a < condition.answers().size(); a++) {
            if (!codes.contains(condition.answers().get(a))) {
                violations.add(violation(at + ".requiredWhen.answers[" + a + "]", condition.answers().get(a)
                        + " is not an answer of " + condition.question() + " " + new TreeSet<>(codes)));
            }
        }
    }

    /** The subtypes a NEEDS question offers are subtypes of the taxonomy that apply to the instrument. */
    private static void checkOfferedSubtypes(Question question, String instrument, String at,
            List<Violation> violations) {
        if (question.taSubtypes() == null) {
            return;
        }
        if (question.kind() != QuestionType.NEEDS) {
            violations.add(violation(at + ".taSubtypes", "only NEEDS questions offer TA subtypes"));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int t = 0; t < question.taSubtypes().size(); t++) {
            String code = question.taSubtypes().get(t);
            var subtype = ReferenceData.instance().taSubtype(code);
            if (subtype.isEmpty()) {
                violations.add(violation(at + ".taSubtypes[" + t + "]", code + " is not a TA subtype"));
            } else if (!subtype.get().appliesTo(instrument)) {
                violations.add(violation(at + ".taSubtypes[" + t + "]", code + " does not apply to " + instrument));
            } else if (!seen.add(code)) {
                violations.add(violation(at + ".taSubtypes[" + t + "]", code + " is offered twice"));
            }
        }
    }

    private static Violation violation(String field, String message) {
        return new Violation(field, "body", message);
    }

    /** The JSON pointer {@code /sections/0/code} becomes {@code sections[0].code}, like the other violations' paths. */
    static String path(String pointer) {
        StringBuilder path = new StringBuilder();
        for (String segment : pointer.split("/")) {
            if (segment.isEmpty() || segment.equals("$")) {
                continue;
            }
            if (segment.chars().allMatch(Character::isDigit)) {
                path.append('[').append(segment).append(']');
            } else {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(segment.replace("~1", "/").replace("~0", "~"));
            }
        }
        return path.isEmpty() ? "(body)" : path.toString();
    }
}
