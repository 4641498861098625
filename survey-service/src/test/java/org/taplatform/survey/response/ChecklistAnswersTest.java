package org.taplatform.survey.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.taplatform.survey.questionnaire.QuestionnaireDocument;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Answers to an article-by-article checklist (the Migrants Protocol's, deploy/demo/questionnaires/SOM.json): the
 * legislation must be cited when the measures are in place, wholly or partly, and not when they are not; a need stated
 * under an article must be one of the TA subtypes that article's question offers.
 */
class ChecklistAnswersTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static QuestionnaireDocument checklist;

    @BeforeAll
    static void read() throws IOException {
        checklist = JSON.readValue(Path.of("../deploy/demo/questionnaires/SOM.json").toFile(),
                QuestionnaireDocument.class);
    }

    static ObjectNode allNo() {
        ObjectNode answers = JSON.createObjectNode();
        checklist.sections().forEach(section -> section.questions().stream()
                .filter(question -> question.type().equals("YES_NO_PARTLY"))
                .forEach(question -> answers.put(question.code(), "NO")));
        answers.put("G.1", "INTERAGENCY_BODY");
        return answers;
    }

    static AnswerReport.QuestionCheck check(AnswerReport report, String code) {
        return report.checks().stream().filter(q -> q.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void shouldAskForTheLegislationCitedOnlyWhenTheMeasuresAreInPlace() {
        ObjectNode answers = allNo();
        assertThat(AnswerChecker.check(checklist, "SOM", answers).complete()).isTrue();

        answers.put("A6.1", "PARTLY");
        AnswerReport partly = AnswerChecker.check(checklist, "SOM", answers);
        assertThat(partly.complete()).isFalse();
        assertThat(check(partly, "A6.2").status()).isEqualTo(AnswerReport.Status.MISSING);
        assertThat(check(partly, "A6.2").problems()).containsExactly("an answer is required when A6.1 is YES or PARTLY");
        // the same as a code with its values, for a client that words it in its user's language
        assertThat(check(partly, "A6.2").issues()).containsExactly(new AnswerReport.Issue("REQUIRED_WHEN",
                java.util.Map.of("question", "A6.1", "answers", "YES PARTLY")));
        answers.remove("G.1");
        assertThat(check(AnswerChecker.check(checklist, "SOM", answers), "G.1").issues())
                .containsExactly(new AnswerReport.Issue("REQUIRED", java.util.Map.of()));
        answers.put("G.1", "INTERAGENCY_BODY");

        answers.put("A6.2", "Migration Act 2007, sections 12-14; smuggling by sea not yet an offence");
        assertThat(AnswerChecker.check(checklist, "SOM", answers).complete()).isTrue();
    }

    @Test
    void shouldTakeUnderAnArticleOnlyTheNeedsItsQuestionOffers() throws IOException {
        ObjectNode answers = allNo();
        answers.set("A6.TA", JSON.readTree("""
                [{"taSubtype": "LEGAL.DRAFTING", "priority": "HIGH", "consent": "PUBLIC"},
                 {"taSubtype": "VICTIMS.GENERAL_ASSISTANCE", "priority": "LOW", "consent": "PUBLIC"}]"""));
        AnswerReport report = AnswerChecker.check(checklist, "SOM", answers);
        assertThat(report.valid()).isFalse();
        assertThat(check(report, "A6.TA").problems()).singleElement().asString()
                .startsWith("[1].taSubtype VICTIMS.GENERAL_ASSISTANCE is not one this question offers");
        assertThat(check(report, "A6.TA").issues()).extracting(AnswerReport.Issue::code).containsExactly("INVALID");
        answers.set("A6.TA", JSON.readTree("""
                [{"priority": "HIGH", "consent": "PUBLIC", "description": "a need without its type"}]"""));
        assertThat(check(AnswerChecker.check(checklist, "SOM", answers), "A6.TA").issues()).containsExactly(
                new AnswerReport.Issue("NEED_SUBTYPE_REQUIRED", java.util.Map.of("need", "0")));
        // the general part takes any need that applies to the instrument, help with reporting among them
        answers.remove("A6.TA");
        answers.set("G.TA", JSON.readTree("""
                [{"taSubtype": "REPORTING.LEGISLATION_REVIEW", "priority": "HIGH", "consent": "PUBLIC"},
                 {"taSubtype": "VICTIMS.GENERAL_ASSISTANCE", "priority": "LOW", "consent": "PUBLIC"}]"""));
        assertThat(AnswerChecker.check(checklist, "SOM", answers).valid()).isTrue();
    }
}
