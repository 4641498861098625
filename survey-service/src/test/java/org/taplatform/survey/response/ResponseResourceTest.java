package org.taplatform.survey.response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.taplatform.events.Topics;
import org.taplatform.events.survey.ResponseSubmitted;
import org.taplatform.testsupport.KafkaTestClient;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestTokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class ResponseResourceTest {

    static final String KENYA_RESPONSE = """
            {"country": "KEN", "instrument": "UNTOC", "language": "en",
             "needs": [{"taSubtype": "LEGAL.DRAFTING", "article": "18(13)", "description": "Draft a law on mutual legal assistance",
                        "priority": "HIGH", "consent": "PROVIDERS_AND_DONORS"}]}
            """;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldAcceptAResponseOfTheFocalPointsOwnCountryAndPublishItsEvent() {
        String id = given().auth().oauth2(TestTokens.focalPoint("KEN")).contentType(ContentType.JSON).body(KENYA_RESPONSE)
                .when().post("/api/v1/responses")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/responses/"))
                .body("country", equalTo("KEN"))
                .body("status", equalTo("SUBMITTED"))
                .body("submittedBy", equalTo("focal-ken"))
                .body("needs", hasSize(1))
                .body("needs[0].taSubtype", equalTo("LEGAL.DRAFTING"))
                .extract().path("id");

        given().auth().oauth2(TestTokens.focalPoint("KEN")).when().get("/api/v1/responses/" + id)
                .then().statusCode(200).body("needs[0].consent", equalTo("PROVIDERS_AND_DONORS"));

        var published = KafkaTestClient.awaitRecords(Topics.SURVEY_RESPONSES,
                r -> id.equals(KafkaTestClient.header(r, "ce_subject")), Duration.ofSeconds(30));
        assertThat(published).hasSize(1);
        ConsumerRecord<String, String> event = published.get(0);
        assertThat(event.key()).isEqualTo("KEN");
        assertThat(KafkaTestClient.header(event, "ce_type")).isEqualTo(ResponseSubmitted.TYPE);
        assertThat(KafkaTestClient.header(event, "ce_source")).isEqualTo("/ta-platform/survey-service");
        assertThat(KafkaTestClient.header(event, "ce_specversion")).isEqualTo("1.0");
        assertThat(KafkaTestClient.header(event, "ce_id")).isNotBlank();
        assertThat(event.value()).contains("\"consent\":\"PROVIDERS_AND_DONORS\"").contains("\"country\":\"KEN\"");
    }

    @Test
    void shouldLetACoordinatorSubmitForAnyCountry() {
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(KENYA_RESPONSE.replace("KEN", "NGA"))
                .when().post("/api/v1/responses")
                .then().statusCode(201).body("country", equalTo("NGA"));
    }

    @Test
    void shouldRejectARequestWithoutToken() {
        assertNothingWritten(() -> given().contentType(ContentType.JSON).body(KENYA_RESPONSE)
                .when().post("/api/v1/responses")
                .then().statusCode(401));
    }

    @Test
    void shouldForbidARoleThatDoesNotAnswerSurveys() {
        assertNothingWritten(() -> given().auth().oauth2(TestTokens.donor("XM-DAC-41114")).contentType(ContentType.JSON)
                .body(KENYA_RESPONSE)
                .when().post("/api/v1/responses")
                .then().statusCode(403).contentType("application/problem+json"));
    }

    @Test
    void shouldForbidAFocalPointToAnswerForAnotherCountry() {
        assertNothingWritten(() -> given().auth().oauth2(TestTokens.focalPoint("NGA")).contentType(ContentType.JSON)
                .body(KENYA_RESPONSE)
                .when().post("/api/v1/responses")
                .then().statusCode(403).contentType("application/problem+json")
                .body("status", equalTo(403)));
    }

    @Test
    void shouldForbidAFocalPointToReadAnotherCountrysResponse() {
        String id = given().auth().oauth2(TestTokens.focalPoint("KEN")).contentType(ContentType.JSON).body(KENYA_RESPONSE)
                .when().post("/api/v1/responses").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.focalPoint("NGA")).when().get("/api/v1/responses/" + id)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.withRoles("analyst", "analyst")).when().get("/api/v1/responses/" + id)
                .then().statusCode(200);
    }

    @Test
    void shouldRejectMalformedJsonWithAProblem() {
        assertNothingWritten(() -> given().auth().oauth2(TestTokens.focalPoint("KEN")).contentType(ContentType.JSON)
                .body("{\"country\": \"KEN\", \"instrument\": ")
                .when().post("/api/v1/responses")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)));
    }

    @Test
    void shouldRejectAnUnknownPriorityNamingTheField() {
        assertNothingWritten(() -> given().auth().oauth2(TestTokens.focalPoint("KEN")).contentType(ContentType.JSON)
                .body(KENYA_RESPONSE.replace("HIGH", "URGENT"))
                .when().post("/api/v1/responses")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("needs[0].priority")));
    }

    @Test
    void shouldRejectAnUnknownCountryCodeNamingTheField() {
        assertNothingWritten(() -> given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(KENYA_RESPONSE.replace("KEN", "XYZ"))
                .when().post("/api/v1/responses")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("country")));
    }

    @Test
    void shouldRejectAMissingFieldNamingIt() {
        assertNothingWritten(() -> given().auth().oauth2(TestTokens.focalPoint("KEN")).contentType(ContentType.JSON)
                .body(KENYA_RESPONSE.replace("\"instrument\": \"UNTOC\",", ""))
                .when().post("/api/v1/responses")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("instrument")));
    }

    @Test
    void shouldRejectASubtypeThatDoesNotApplyToTheInstrument() {
        assertNothingWritten(() -> given().auth().oauth2(TestTokens.focalPoint("KEN")).contentType(ContentType.JSON)
                .body(KENYA_RESPONSE.replace("LEGAL.DRAFTING", "TRAINING.FIREARMS_MARKING"))
                .when().post("/api/v1/responses")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("needs[0].taSubtype")));
    }

    private void assertNothingWritten(Runnable request) {
        long responsesBefore = count("survey_response");
        long eventsBefore = count("outbox_event");
        request.run();
        assertThat(count("survey_response")).as("responses").isEqualTo(responsesBefore);
        assertThat(count("outbox_event")).as("outbox events").isEqualTo(eventsBefore);
    }

    private long count(String table) {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
