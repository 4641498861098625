package org.taplatform.survey.response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taplatform.events.SharingConsent;
import org.taplatform.events.Topics;
import org.taplatform.events.survey.ResponseAmended;
import org.taplatform.events.survey.ResponseReopened;
import org.taplatform.events.survey.ResponseSubmitted;
import org.taplatform.survey.support.SurveyFixtures;
import org.taplatform.survey.support.SurveyFixtures.Started;
import org.taplatform.testsupport.KafkaTestClient;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestTokens;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class ResponseResourceTest {

    static final String KENYA = TestTokens.focalPoint("KEN");

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ObjectMapper json;

    String cycleId;

    @BeforeEach
    void openCycle() {
        cycleId = SurveyFixtures.openCycle("UNTOC", "KEN", "NGA", "GHA");
    }

    @Test
    void shouldSaveAPartialDraftAndSubmitItOnlyWhenComplete() throws Exception {
        Started draft = SurveyFixtures.startResponse(KENYA, cycleId, "KEN", "UNTOC");
        String etag = given().auth().oauth2(KENYA).header("If-Match", draft.etag()).contentType(ContentType.JSON)
                .body("{\"answers\": {\"Q4\": 3}}")
                .when().put("/api/v1/responses/" + draft.id() + "/answers")
                .then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("report.complete", equalTo(false))
                .body("report.checks.find { it.code == 'Q1' }.status", equalTo("MISSING"))
                .body("report.checks.find { it.code == 'Q4' }.status", equalTo("ANSWERED"))
                .extract().header("ETag");
        given().auth().oauth2(KENYA).header("If-Match", etag).when().post("/api/v1/responses/" + draft.id() + "/submit")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:ta-platform:problem:unprocessable"))
                .body("report.checks.find { it.code == 'Q1' }.problems", hasItem("an answer is required"));

        String submitted = SurveyFixtures.submit(KENYA, new Started(draft.id(), etag), "PROVIDERS_AND_DONORS");
        assertThat(submitted).isNotNull();
        given().auth().oauth2(KENYA).when().get("/api/v1/responses/" + draft.id())
                .then().statusCode(200)
                .header("ETag", equalTo(submitted)) // the submit's ETag is the committed version's
                .body("$", not(hasKey("version"))) // the version travels in the ETag only
                .body("status", equalTo("SUBMITTED"))
                .body("revision", equalTo(1))
                .body("submittedBy", equalTo("focal-ken"))
                .body("answers.Q6[0].id", notNullValue());

        var events = KafkaTestClient.awaitRecords(Topics.SURVEY_RESPONSES,
                r -> draft.id().equals(KafkaTestClient.header(r, "ce_subject")), Duration.ofSeconds(30));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).key()).isEqualTo("KEN");
        ResponseSubmitted event = json.readValue(events.get(0).value(), ResponseSubmitted.class);
        assertThat(event.revision()).isEqualTo(1);
        assertThat(event.cycleId().toString()).isEqualTo(cycleId);
        assertThat(event.needs()).singleElement().satisfies(need -> {
            assertThat(need.taSubtype()).isEqualTo("LEGAL.DRAFTING");
            assertThat(need.thematicArea()).isEqualTo("MUTUAL_LEGAL_ASSISTANCE");
            assertThat(need.beneficiaryGroups()).containsExactly("CENTRAL_AUTHORITIES", "PROSECUTORS");
            assertThat(need.consent()).isEqualTo(SharingConsent.PROVIDERS_AND_DONORS);
        });
        given().auth().oauth2(KENYA).when().get("/api/v1/responses/" + draft.id() + "/revisions")
                .then().statusCode(200).body("items", hasSize(1))
                .body("items[0].kind", equalTo("SUBMISSION")).body("items[0].author", equalTo("focal-ken"))
                .body("items[0].changes.question", hasItems("Q1", "Q6"));
    }

    @Test
    void shouldRefuseAnswersThatDoNotFitTheirQuestionsAndSaveNothing() {
        Started draft = SurveyFixtures.startResponse(KENYA, cycleId, "KEN", "UNTOC");
        String tooLong = "x".repeat(2001);
        given().auth().oauth2(KENYA).header("If-Match", draft.etag()).contentType(ContentType.JSON).body("""
                {"answers": {"Q1": "MAYBE", "Q2": "BOTH", "Q3": ["POLICE", "POLICE"], "Q4": -1, "Q5": "%s", "Q99": "YES",
                  "Q6": [{"taSubtype": "TRAINING.FIREARMS_MARKING", "thematicArea": "ALCHEMY", "beneficiaryGroups": ["ASTRONAUTS"],
                          "priority": "URGENT", "consent": "EVERYONE"}]}}
                """.formatted(tooLong))
                .when().put("/api/v1/responses/" + draft.id() + "/answers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("answers.Q1", "answers.Q2", "answers.Q3", "answers.Q4", "answers.Q5",
                        "answers.Q6", "answers.Q99"))
                .body("violations.message", hasItems(
                        "[0].taSubtype TRAINING.FIREARMS_MARKING does not apply to UNTOC",
                        "is 2001 characters long; at most 2000",
                        "is not a question of the questionnaire version this response answers"));
        given().auth().oauth2(KENYA).when().get("/api/v1/responses/" + draft.id())
                .then().statusCode(200).header("ETag", equalTo(draft.etag())).body("report.answered", equalTo(0));
    }

    @Test
    void shouldCatchConcurrentEdits() {
        Started draft = SurveyFixtures.startResponse(KENYA, cycleId, "KEN", "UNTOC");
        given().auth().oauth2(KENYA).contentType(ContentType.JSON).body("{\"answers\": {\"Q1\": \"YES\"}}")
                .when().put("/api/v1/responses/" + draft.id() + "/answers")
                .then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(KENYA).header("If-Match", draft.etag()).contentType(ContentType.JSON)
                .body("{\"answers\": {\"Q1\": \"YES\"}}")
                .when().put("/api/v1/responses/" + draft.id() + "/answers").then().statusCode(200);
        // a colleague who read the draft before that save
        given().auth().oauth2(KENYA).header("If-Match", draft.etag()).contentType(ContentType.JSON)
                .body("{\"answers\": {\"Q1\": \"NO\"}}")
                .when().put("/api/v1/responses/" + draft.id() + "/answers")
                .then().statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(KENYA).when().get("/api/v1/responses/" + draft.id()).then().body("answers.Q1", equalTo("YES"));
    }

    @Test
    void shouldAmendASubmittedResponseAsANewRevisionKeepingTheHistory() throws Exception {
        Started draft = SurveyFixtures.startResponse(KENYA, cycleId, "KEN", "UNTOC");
        String etag = SurveyFixtures.submit(KENYA, draft, "PUBLIC");
        given().auth().oauth2(KENYA).header("If-Match", etag).contentType(ContentType.JSON).body("{\"answers\": {\"Q1\": \"YES\"}}")
                .when().put("/api/v1/responses/" + draft.id() + "/answers")
                .then().statusCode(409).body("detail", containsString("amend"));
        var submitted = given().auth().oauth2(KENYA).when().get("/api/v1/responses/" + draft.id()).then().extract();
        String needId = submitted.path("answers.Q6[0].id");

        String amendment = SurveyFixtures.completeAnswers("PUBLIC").replace("\"Q1\": \"PARTLY\"", "\"Q1\": \"YES\"")
                .replace("\"taSubtype\": \"LEGAL.DRAFTING\"", "\"id\": \"" + needId + "\", \"taSubtype\": \"LEGAL.DRAFTING\"")
                .replaceFirst("\\}\\}\\s*$", "}, \"reason\": \"The law was adopted in March\"}");
        given().auth().oauth2(KENYA).header("If-Match", etag).contentType(ContentType.JSON).body(amendment)
                .when().post("/api/v1/responses/" + draft.id() + "/amendments")
                .then().statusCode(200).body("revision", equalTo(2)).body("answers.Q1", equalTo("YES"))
                .body("answers.Q6[0].id", equalTo(needId));

        given().auth().oauth2(KENYA).when().get("/api/v1/responses/" + draft.id() + "/revisions")
                .then().statusCode(200).body("items", hasSize(2))
                .body("items[1].kind", equalTo("AMENDMENT"))
                .body("items[1].reason", equalTo("The law was adopted in March"))
                .body("items[1].changes", hasSize(1))
                .body("items[1].changes[0].question", equalTo("Q1"))
                .body("items[1].changes[0].before", equalTo("PARTLY"))
                .body("items[1].changes[0].after", equalTo("YES"))
                .body("items[0].answers.Q1", equalTo("PARTLY"));
        var amended = KafkaTestClient.awaitRecords(Topics.SURVEY_RESPONSES,
                r -> draft.id().equals(KafkaTestClient.header(r, "ce_subject"))
                        && ResponseAmended.TYPE.equals(KafkaTestClient.header(r, "ce_type")), Duration.ofSeconds(30));
        ResponseAmended event = json.readValue(amended.get(0).value(), ResponseAmended.class);
        assertThat(event.amendsRevision()).isEqualTo(1);
        assertThat(event.revision()).isEqualTo(2);
        assertThat(event.needs()).extracting(n -> n.needId().toString()).containsExactly(needId);
    }

    @Test
    void shouldLetOnlyACoordinatorReopenASubmittedResponse() throws Exception {
        Started draft = SurveyFixtures.startResponse(KENYA, cycleId, "KEN", "UNTOC");
        String etag = SurveyFixtures.submit(KENYA, draft, "PUBLIC");
        given().auth().oauth2(KENYA).header("If-Match", etag).contentType(ContentType.JSON).body("{\"reason\": \"mine\"}")
                .when().post("/api/v1/responses/" + draft.id() + "/reopen").then().statusCode(403);
        String reopened = given().auth().oauth2(TestTokens.coordinator()).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"reason\": \"Section 1 needs the new law\"}")
                .when().post("/api/v1/responses/" + draft.id() + "/reopen")
                .then().statusCode(200).body("status", equalTo("REOPENED")).extract().header("ETag");
        var reopenedEvents = KafkaTestClient.awaitRecords(Topics.SURVEY_RESPONSES,
                r -> draft.id().equals(KafkaTestClient.header(r, "ce_subject"))
                        && ResponseReopened.TYPE.equals(KafkaTestClient.header(r, "ce_type")), Duration.ofSeconds(30));
        assertThat(json.readValue(reopenedEvents.get(0).value(), ResponseReopened.class).withdrawnNeedIds()).hasSize(1);

        String saved = given().auth().oauth2(KENYA).header("If-Match", reopened).contentType(ContentType.JSON)
                .body(SurveyFixtures.completeAnswers("UNODC_ONLY"))
                .when().put("/api/v1/responses/" + draft.id() + "/answers").then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(KENYA).header("If-Match", saved).when().post("/api/v1/responses/" + draft.id() + "/submit")
                .then().statusCode(200).body("revision", equalTo(2));
        given().auth().oauth2(KENYA).when().get("/api/v1/responses/" + draft.id() + "/revisions")
                .then().body("items.kind", equalTo(List.of("SUBMISSION", "RESUBMISSION")));
    }

    @Test
    void shouldKeepEachCountrysResponsesToItsFocalPoint() {
        Started draft = SurveyFixtures.startResponse(KENYA, cycleId, "KEN", "UNTOC");
        String nigeria = TestTokens.focalPoint("NGA");
        given().auth().oauth2(nigeria).when().get("/api/v1/responses/" + draft.id()).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(nigeria).header("If-Match", draft.etag()).contentType(ContentType.JSON)
                .body("{\"answers\": {\"Q1\": \"NO\"}}").when().put("/api/v1/responses/" + draft.id() + "/answers")
                .then().statusCode(403);
        given().auth().oauth2(nigeria).contentType(ContentType.JSON).body("""
                {"cycleId": "%s", "country": "KEN", "instrument": "UNTOC", "language": "en"}""".formatted(cycleId))
                .when().post("/api/v1/responses").then().statusCode(403);
        given().auth().oauth2(nigeria).queryParam("country", "KEN").when().get("/api/v1/responses").then().statusCode(404);
        given().auth().oauth2(nigeria).when().get("/api/v1/responses").then().statusCode(200)
                .body("items.country", org.hamcrest.Matchers.everyItem(equalTo("NGA")));
        given().auth().oauth2(TestTokens.withRoles("analyst", "analyst")).when().get("/api/v1/responses/" + draft.id())
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.donor("XI-DEMO-NORLAND-MFA")).when().get("/api/v1/responses").then().statusCode(403);
        given().when().get("/api/v1/responses/" + draft.id()).then().statusCode(401);
        given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/responses/" + draft.id()).then().statusCode(200);
    }

    @Test
    void shouldRejectBadRequestsToStartAResponseAndWriteNothing() {
        long before = count();
        given().auth().oauth2(KENYA).contentType(ContentType.JSON).body("{\"cycleId\": \"" + cycleId + "\", \"country\": ")
                .when().post("/api/v1/responses").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body("""
                {"cycleId": "%s", "country": "XYZ", "instrument": "UNTOC", "language": "de"}""".formatted(cycleId))
                .when().post("/api/v1/responses").then().statusCode(400)
                .body("violations.field", hasItems("country", "language"));
        given().auth().oauth2(KENYA).contentType(ContentType.JSON).body("""
                {"cycleId": "%s", "country": "KEN", "language": "en"}""".formatted(cycleId))
                .when().post("/api/v1/responses").then().statusCode(400).body("violations.field", hasItem("instrument"));
        given().auth().oauth2(TestTokens.focalPoint("PER")).contentType(ContentType.JSON).body("""
                {"cycleId": "%s", "country": "PER", "instrument": "UNTOC", "language": "es"}""".formatted(cycleId))
                .when().post("/api/v1/responses").then().statusCode(409).body("detail", containsString("not among the States parties"));
        given().auth().oauth2(KENYA).contentType(ContentType.JSON).body("""
                {"cycleId": "%s", "country": "KEN", "instrument": "TIP", "language": "en"}""".formatted(cycleId))
                .when().post("/api/v1/responses").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("does not cover TIP")).body("violations.field", hasItem("instrument"));
        assertThat(count()).isEqualTo(before);
    }

    private long count() {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery("select count(*) from survey_response")) {
            rows.next();
            return rows.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
