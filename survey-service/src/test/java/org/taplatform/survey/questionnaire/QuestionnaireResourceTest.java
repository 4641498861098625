package org.taplatform.survey.questionnaire;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestTokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class QuestionnaireResourceTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldDraftPreviewInEachLanguageAndPublishAQuestionnaire() {
        var draft = createDraft("UNTOC");
        String id = draft.path("id");
        given().auth().oauth2(coordinator()).queryParam("lang", "fr").when().get("/api/v1/questionnaires/" + id + "/preview")
                .then().statusCode(200).header("Content-Language", equalTo("fr"))
                .body("language", equalTo("fr"))
                .body("title", equalTo("Liste de contrôle pour l'auto-évaluation"))
                .body("sections[0].questions[1].choices[0].label", equalTo("Entente"))
                .body("sections[0].questions[4].hint", equalTo("Optional."))
                .body("missingTranslations", hasItem("sections[0].questions[4].hint"));
        given().auth().oauth2(coordinator()).header("Accept-Language", "ar").when().get("/api/v1/questionnaires/" + id + "/preview")
                .then().statusCode(200)
                .body("language", equalTo("ar"))
                .body("title", equalTo("Self-assessment checklist"))
                .body("missingTranslations", hasItems("title", "sections[0].title", "sections[0].questions[0].label"));
        given().auth().oauth2(coordinator()).when().get("/api/v1/questionnaires/" + id + "/translations")
                .then().statusCode(200)
                .body("texts", equalTo(13))
                .body("languages.find { it.language == 'fr' }.missing", equalTo(1))
                .body("languages.find { it.language == 'en' }.complete", equalTo(true))
                .body("languages.find { it.language == 'zh' }.missing", equalTo(13));

        var published = given().auth().oauth2(coordinator()).header("If-Match", draft.header("ETag"))
                .when().post("/api/v1/questionnaires/" + id + "/publish")
                .then().statusCode(200).body("status", equalTo("PUBLISHED")).body("publishedBy", equalTo("coordinator"))
                .extract();
        given().auth().oauth2(coordinator()).header("If-Match", published.header("ETag")).contentType(ContentType.JSON)
                .body(QuestionnaireFiles.bilingual("UNTOC"))
                .when().put("/api/v1/questionnaires/" + id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("new version"));
        given().auth().oauth2(TestTokens.focalPoint("KEN")).when().get("/api/v1/questionnaires/" + id)
                .then().statusCode(200).body("sections[0].questions[0].type", equalTo("YES_NO_PARTLY"));
    }

    @Test
    void shouldRequireTheCurrentETagToChangeADraft() {
        var draft = createDraft("TIP");
        String id = draft.path("id");
        String changed = QuestionnaireFiles.bilingual("TIP").replace("Criminalization", "Criminalisation");
        given().auth().oauth2(coordinator()).contentType(ContentType.JSON).body(changed)
                .when().put("/api/v1/questionnaires/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        String etag = given().auth().oauth2(coordinator()).header("If-Match", draft.header("ETag"))
                .contentType(ContentType.JSON).body(changed)
                .when().put("/api/v1/questionnaires/" + id)
                .then().statusCode(200).body("sections[0].title.en", equalTo("Criminalisation")).extract().header("ETag");
        assertThat(etag).isNotEqualTo(draft.header("ETag"));
        // a second editor still holding the first version
        given().auth().oauth2(coordinator()).header("If-Match", draft.header("ETag")).contentType(ContentType.JSON)
                .body(QuestionnaireFiles.bilingual("TIP"))
                .when().put("/api/v1/questionnaires/" + id)
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("urn:ta-platform:problem:precondition-failed"));
        given().auth().oauth2(coordinator()).header("If-Match", etag).when().delete("/api/v1/questionnaires/" + id)
                .then().statusCode(204);
    }

    @Test
    void shouldListEveryProblemOfAnInvalidFileAndStoreNothing() {
        String broken = QuestionnaireFiles.bilingual("SOM")
                .replace("\"label\": {\"en\": \"Which approach does your law take?\", ", "\"label\": {")
                .replace("\"type\": \"NUMBER\"", "\"type\": \"SLIDER\"")
                .replace("\"code\": \"Q5\"", "\"code\": \"Q1\"");
        long before = count();
        given().auth().oauth2(coordinator()).contentType(ContentType.JSON).body(broken)
                .when().post("/api/v1/questionnaires")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("sections[0].questions[1].label", "sections[0].questions[3].type"));
        String duplicate = QuestionnaireFiles.bilingual("SOM").replace("\"code\": \"Q5\"", "\"code\": \"Q1\"")
                .replace("\"code\": \"PROSECUTION\"", "\"code\": \"POLICE\"");
        given().auth().oauth2(coordinator()).contentType(ContentType.JSON).body(duplicate)
                .when().post("/api/v1/questionnaires")
                .then().statusCode(400)
                .body("violations.field", hasItems("sections[0].questions[4].code", "sections[0].questions[2].choices[1].code"));
        given().auth().oauth2(coordinator()).contentType(ContentType.JSON)
                .body(QuestionnaireFiles.bilingual("SOM").replace("\"SOM\"", "\"NARCOTICS\""))
                .when().post("/api/v1/questionnaires")
                .then().statusCode(400).body("violations.field", hasItem("instrument"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void shouldExportAFileThatImportsBackAsTheNextVersion() {
        var draft = createDraft("FIREARMS");
        String id = draft.path("id");
        given().auth().oauth2(coordinator()).header("If-Match", draft.header("ETag"))
                .when().post("/api/v1/questionnaires/" + id + "/publish").then().statusCode(200);
        int version = draft.path("version");

        String file = given().auth().oauth2(coordinator()).when().get("/api/v1/questionnaires/" + id + "/export")
                .then().statusCode(200)
                .header("Content-Disposition", containsString("questionnaire-FIREARMS-v" + version + ".json"))
                .body("format", equalTo("ta-platform.questionnaire/1"))
                .body("status", equalTo("PUBLISHED"))
                .extract().asString();
        // a translator adds Spanish to the title and sends the file back
        String translated = file.replace("\"en\":\"Self-assessment checklist\"",
                "\"en\":\"Self-assessment checklist\",\"es\":\"Lista de verificación para la autoevaluación\"");
        assertThat(translated).isNotEqualTo(file);
        var imported = given().auth().oauth2(coordinator()).contentType(ContentType.JSON).body(translated)
                .when().post("/api/v1/questionnaires")
                .then().statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("version", equalTo(version + 1))
                .body("title.es", equalTo("Lista de verificación para la autoevaluación"))
                .extract();
        given().auth().oauth2(coordinator()).contentType(ContentType.JSON).body(translated)
                .when().post("/api/v1/questionnaires")
                .then().statusCode(409).body("detail", containsString("already has a draft"));
        given().auth().oauth2(coordinator()).header("If-Match", imported.header("ETag"))
                .when().delete("/api/v1/questionnaires/" + imported.path("id")).then().statusCode(204);
    }

    @Test
    void shouldKeepDraftsAndEditingToCoordinators() {
        var draft = createDraft("UNTOC");
        String id = draft.path("id");
        given().auth().oauth2(TestTokens.focalPoint("KEN")).when().get("/api/v1/questionnaires/" + id)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.focalPoint("KEN")).when().get("/api/v1/questionnaires")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().auth().oauth2(TestTokens.focalPoint("KEN")).contentType(ContentType.JSON)
                .body(QuestionnaireFiles.bilingual("UNTOC")).when().post("/api/v1/questionnaires")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.donor("XI-DEMO-NORLAND-MFA")).when().get("/api/v1/questionnaires")
                .then().statusCode(403);
        given().when().get("/api/v1/questionnaires").then().statusCode(401);
        given().auth().oauth2(coordinator()).header("If-Match", draft.header("ETag"))
                .when().delete("/api/v1/questionnaires/" + id).then().statusCode(204);
    }

    @Test
    void shouldPublishTheFileSchemaForEveryone() {
        given().when().get("/api/v1/questionnaires/schema").then().statusCode(200)
                .contentType("application/schema+json")
                .body("$id", equalTo("urn:ta-platform:schema:questionnaire:1"))
                .body("properties.instrument.enum", hasItems("UNTOC", "TIP", "SOM", "FIREARMS"));
    }

    private static ExtractableResponse<Response> createDraft(String instrument) {
        return given().auth().oauth2(coordinator()).contentType(ContentType.JSON)
                .body(QuestionnaireFiles.bilingual(instrument))
                .when().post("/api/v1/questionnaires")
                .then().statusCode(201).body("status", equalTo("DRAFT")).body("instrument", equalTo(instrument))
                .extract();
    }

    private static String coordinator() {
        return TestTokens.coordinator();
    }

    private long count() {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery("select count(*) from questionnaire")) {
            rows.next();
            return rows.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
