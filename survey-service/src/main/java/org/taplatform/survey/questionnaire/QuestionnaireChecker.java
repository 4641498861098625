package org.taplatform.survey.questionnaire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.taplatform.reference.problem.Problem.Violation;
import org.taplatform.survey.questionnaire.QuestionnaireDocument.Choice;
import org.taplatform.survey.questionnaire.QuestionnaireDocument.Question;
import org.taplatform.survey.questionnaire.QuestionnaireDocument.Section;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * Checks a questionnaire against its published JSON Schema (structure, types, codes, lengths, languages) and then
 * against what a schema cannot say (codes unique in the questionnaire, min not above max).
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
