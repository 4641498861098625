package org.taplatform.survey.questionnaire;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestTokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The checklists the platform ships with (deploy/demo/questionnaires, made by its generate.py): each instrument's
 * articles, each with its measures question, the legislation cited when they are in place and its technical
 * assistance question offering the TA subtypes that concern it, every text in the six UN languages; accepted by the
 * questionnaire API as any coordinator's file is. A condition or an offered subtype that cannot hold is refused with
 * its path.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class ArticleChecklistTest {

    static final Path CHECKLISTS = Path.of("../deploy/demo/questionnaires");

    static String checklist(String instrument) throws IOException {
        return Files.readString(CHECKLISTS.resolve(instrument + ".json"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "UNTOC", "TIP", "SOM", "FIREARMS" })
    void shouldTakeEachInstrumentsChecklistArticleByArticleInTheSixLanguages(String instrument) throws IOException {
        var draft = given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(checklist(instrument)).when().post("/api/v1/questionnaires")
                .then().statusCode(201).extract();
        String id = draft.path("id");
        given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/questionnaires/" + id + "/translations")
                .then().statusCode(200)
                .body("languages.findAll { it.complete }.language", hasItems("ar", "zh", "en", "fr", "ru", "es"));
        // every article: yes/no/partly, the legislation cited when YES or PARTLY, and its needs among its subtypes
        given().auth().oauth2(TestTokens.coordinator()).queryParam("lang", "ru").when()
                .get("/api/v1/questionnaires/" + id + "/preview").then().statusCode(200)
                .header("Content-Language", equalTo("ru"))
                .body("missingTranslations.size()", equalTo(0))
                .body("sections.findAll { it.article != null }.size()", greaterThan(7))
                .body("sections.findAll { it.article != null }.collect { it.questions[0].type }",
                        everyItem(equalTo("YES_NO_PARTLY")))
                .body("sections.findAll { it.article != null }.collect { it.questions[1].requiredWhen.answers }",
                        everyItem(equalTo(java.util.List.of("YES", "PARTLY"))))
                .body("sections.findAll { it.article != null }.collect { it.questions.find { q -> q.type == 'NEEDS' }"
                        + ".taSubtypes.size() }", everyItem(greaterThan(0)))
                .body("sections.findAll { it.article != null }.collect { it.questions.find { q -> q.type == 'NEEDS' }"
                        + ".taSubtypes[0].label }", everyItem(not(org.hamcrest.Matchers.matchesPattern("[A-Z_.]+"))));
        // exported as a file that keeps the conditions and the offered subtypes, for translators and other tools
        var exported = given().auth().oauth2(TestTokens.coordinator()).when()
                .get("/api/v1/questionnaires/" + id + "/export").then().statusCode(200).extract().jsonPath();
        org.assertj.core.api.Assertions.assertThat(exported.getString("sections[0].questions[1].requiredWhen.question"))
                .isEqualTo(exported.getString("sections[0].questions[0].code"));
        org.assertj.core.api.Assertions.assertThat(exported.getList(
                "sections[0].questions.find { it.type == 'NEEDS' }.taSubtypes")).isNotEmpty();
        given().auth().oauth2(TestTokens.coordinator()).header("If-Match", draft.header("ETag"))
                .when().delete("/api/v1/questionnaires/" + id).then().statusCode(204);
    }

    @Test
    void shouldShowOneQuestionInTheSixLanguages() throws IOException {
        var draft = given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(checklist("UNTOC")).when().post("/api/v1/questionnaires").then().statusCode(201).extract();
        String id = draft.path("id");
        // the question docs/survey-service.md shows: article 18's measures, in each language
        java.util.Map<String, String> expected = java.util.Map.of(
                "en", "Has your country adopted the legislative and other measures that article 18 requires?",
                "fr", "Votre pays a-t-il adopté les mesures législatives et autres que requiert l'article 18 ?",
                "es", "¿Ha adoptado su país las medidas legislativas y de otra índole que exige el artículo 18?",
                "ru", "Приняла ли ваша страна законодательные и другие меры, которых требует статья 18?",
                "zh", "贵国是否已采取第18条要求的立法和其他措施？",
                "ar", "هل اعتمد بلدكم التدابير التشريعية وغيرها من التدابير التي تقتضيها المادة 18؟");
        expected.forEach((language, label) -> given().auth().oauth2(TestTokens.coordinator())
                .queryParam("lang", language).when().get("/api/v1/questionnaires/" + id + "/preview")
                .then().statusCode(200)
                .body("sections.find { it.code == 'A18' }.questions.find { it.code == 'A18.1' }.label", equalTo(label)));
        given().auth().oauth2(TestTokens.coordinator()).header("If-Match", draft.header("ETag"))
                .when().delete("/api/v1/questionnaires/" + id).then().statusCode(204);
    }

    @Test
    void shouldRefuseAConditionOrAnOfferedSubtypeThatCannotHold() throws IOException {
        String broken = checklist("SOM")
                // article 8's citation asks for an answer YES_NO_PARTLY does not have
                .replace("\"question\": \"A8.1\",\n      \"answers\": [\n       \"YES\",\n       \"PARTLY\"",
                        "\"question\": \"A8.1\",\n      \"answers\": [\n       \"YES\",\n       \"MAYBE\"")
                // article 6's names a later question
                .replaceFirst("\"question\": \"A6.1\"", "\"question\": \"A8.1\"")
                // firearms marking is not a need of the Migrants Protocol
                .replaceFirst("\"LEGAL.CASEWORK\"", "\"TRAINING.FIREARMS_MARKING\"");
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body(broken)
                .when().post("/api/v1/questionnaires")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("sections[0].questions[1].requiredWhen.question",
                        "sections[0].questions[2].taSubtypes[0]", "sections[1].questions[1].requiredWhen.answers[1]"))
                .body("violations.message", hasItem(org.hamcrest.Matchers.containsString("does not apply to SOM")));
    }
}
