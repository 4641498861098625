package org.taplatform.survey.cycle;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.taplatform.events.SharingConsent;
import org.taplatform.events.Topics;
import org.taplatform.events.survey.CycleClosed;
import org.taplatform.events.survey.CycleOpened;
import org.taplatform.survey.support.SurveyFixtures;
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
class CycleResourceTest {

    @Inject
    ObjectMapper json;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldOpenACycleForTheStatesPartiesAndNameTheNonRespondentsWhenItCloses() throws Exception {
        publishQuestionnaire("SOM");
        recordParties("""
                [{"instrument": "SOM", "country": "KEN", "action": "RATIFICATION", "becamePartyOn": "2005-01-05"},
                 {"instrument": "SOM", "country": "NGA", "action": "RATIFICATION", "becamePartyOn": "2001-06-28"},
                 {"instrument": "SOM", "country": "GHA", "action": "ACCESSION", "becamePartyOn": "2012-08-21"},
                 {"instrument": "SOM", "country": "BEN", "action": "RATIFICATION", "becamePartyOn": "2004-08-30", "withdrewOn": "2015-01-01"}]
                """);

        var opened = given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body("""
                {"name": "SOM cycle 2026", "instruments": ["SOM"], "periodStart": "2026-01-01",
                 "periodEnd": "2026-12-31", "deadline": "2027-03-31"}
                """)
                .when().post("/api/v1/cycles")
                .then().statusCode(201)
                .body("status", equalTo("OPEN"))
                .body("instruments[0].instrument", equalTo("SOM"))
                .extract();
        String cycleId = opened.path("id");
        // other tests may have recorded more SOM parties in the shared database: count on what this cycle took
        List<String> expected = given().auth().oauth2(TestTokens.coordinator()).queryParam("instrument", "SOM")
                .when().get("/api/v1/cycles/" + cycleId + "/expected-reporters")
                .then().statusCode(200).body("items", hasItems("GHA", "KEN", "NGA")).body("items", org.hamcrest.Matchers.not(hasItem("BEN")))
                .extract().path("items");
        List<String> others = expected.stream().filter(country -> !country.equals("KEN")).toList();
        var openedEvent = KafkaTestClient.awaitRecords(Topics.SURVEY_RESPONSES,
                r -> cycleId.equals(KafkaTestClient.header(r, "ce_subject"))
                        && CycleOpened.TYPE.equals(KafkaTestClient.header(r, "ce_type")), Duration.ofSeconds(30));
        assertThat(openedEvent).hasSize(1);
        assertThat(openedEvent.get(0).key()).isEqualTo(cycleId);

        var kenya = SurveyFixtures.startResponse(TestTokens.focalPoint("KEN"), cycleId, "KEN", "SOM");
        SurveyFixtures.submit(TestTokens.focalPoint("KEN"), kenya, "PUBLIC");
        // Ghana started but never submitted: it counts as a non-respondent
        var ghana = SurveyFixtures.startResponse(TestTokens.focalPoint("GHA"), cycleId, "GHA", "SOM");

        given().auth().oauth2(TestTokens.withRoles("analyst", "analyst")).queryParam("lang", "fr")
                .when().get("/api/v1/cycles/" + cycleId + "/statistics")
                .then().statusCode(200)
                .body("instruments[0].expected", equalTo(expected.size()))
                .body("instruments[0].responded", equalTo(1))
                .body("instruments[0].rate", equalTo(CycleStatisticsService.rate(1, expected.size()).floatValue()))
                .body("instruments[0].respondents", equalTo(List.of("KEN")))
                .body("instruments[0].nonRespondents", equalTo(others))
                .body("instruments[0].byRegionalGroup[0].code", equalTo("AFRICAN"))
                .body("instruments[0].byRegion[0].name", equalTo("Afrique"))
                .body("instruments[0].bySubRegion[0].code", equalTo("202"));
        given().auth().oauth2(TestTokens.donor("XI-DEMO-NORLAND-MFA")).when().get("/api/v1/cycles/" + cycleId + "/statistics")
                .then().statusCode(403);

        String etag = given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/cycles/" + cycleId)
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(TestTokens.coordinator()).header("If-Match", etag)
                .when().post("/api/v1/cycles/" + cycleId + "/close")
                .then().statusCode(200).body("status", equalTo("CLOSED")).body("closedBy", equalTo("coordinator"));

        var closedEvents = KafkaTestClient.awaitRecords(Topics.SURVEY_RESPONSES,
                r -> cycleId.equals(KafkaTestClient.header(r, "ce_subject"))
                        && CycleClosed.TYPE.equals(KafkaTestClient.header(r, "ce_type")), Duration.ofSeconds(30));
        assertThat(closedEvents).hasSize(1);
        CycleClosed closed = json.readValue(closedEvents.get(0).value(), CycleClosed.class);
        CycleClosed.InstrumentOutcome som = closed.instruments().get(0);
        assertThat(som.respondents()).containsExactly("KEN");
        assertThat(som.nonRespondents()).extracting(CycleClosed.NonRespondent::country)
                .containsExactlyElementsOf(others).contains("GHA", "NGA");
        assertThat(som.nonRespondents()).allSatisfy(nonRespondent -> {
            assertThat(nonRespondent.taSubtype()).isEqualTo("REPORTING.LEGISLATION_REVIEW");
            assertThat(nonRespondent.consent()).isEqualTo(SharingConsent.UNODC_ONLY);
        });

        given().auth().oauth2(TestTokens.focalPoint("NGA")).contentType(ContentType.JSON).body("""
                {"cycleId": "%s", "country": "NGA", "instrument": "SOM", "language": "en"}
                """.formatted(cycleId))
                .when().post("/api/v1/responses").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("closed"));
        // a closed cycle takes no more answers, not even to a draft started before
        given().auth().oauth2(TestTokens.focalPoint("GHA")).header("If-Match", ghana.etag()).contentType(ContentType.JSON)
                .body(SurveyFixtures.completeAnswers("PUBLIC"))
                .when().put("/api/v1/responses/" + ghana.id() + "/answers")
                .then().statusCode(409).body("detail", containsString("closed"));
        String closedEtag = given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/cycles/" + cycleId)
                .then().extract().header("ETag");
        given().auth().oauth2(TestTokens.coordinator()).header("If-Match", closedEtag)
                .when().post("/api/v1/cycles/" + cycleId + "/close").then().statusCode(409);
    }

    @Test
    void shouldRefuseACycleWithoutRecordedStatesParties() {
        publishQuestionnaire("TIP");
        long before = count("reporting_cycle");
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body("""
                {"name": "TIP 1990", "instruments": ["TIP"], "periodStart": "1990-01-01",
                 "periodEnd": "1990-12-31", "deadline": "1991-03-31"}
                """)
                .when().post("/api/v1/cycles")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("No State is recorded as party to TIP"));
        assertThat(count("reporting_cycle")).isEqualTo(before);
    }

    @Test
    void shouldRejectAnInconsistentCycle() {
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body("""
                {"name": "", "instruments": ["UNTOC", "UNTOC", "NARCOTICS"], "periodStart": "2026-01-01",
                 "periodEnd": "2025-12-31", "deadline": "2025-06-30"}
                """)
                .when().post("/api/v1/cycles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("name", "instruments[2]", "periodEnd", "deadline", "instruments"));
    }

    @Test
    void shouldLeaveCyclesAndPartiesToCoordinators() {
        given().auth().oauth2(TestTokens.focalPoint("KEN")).contentType(ContentType.JSON).body("""
                {"name": "mine", "instruments": ["UNTOC"], "periodStart": "2026-01-01", "periodEnd": "2026-12-31", "deadline": "2027-01-31"}
                """).when().post("/api/v1/cycles").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.donor("XI-DEMO-NORLAND-MFA")).when().get("/api/v1/cycles").then().statusCode(403);
        given().auth().oauth2(TestTokens.withRoles("analyst", "analyst")).when().get("/api/v1/cycles").then().statusCode(200);
        given().auth().oauth2(TestTokens.focalPoint("KEN")).contentType(ContentType.JSON).body("""
                [{"instrument": "UNTOC", "country": "KEN", "action": "RATIFICATION", "becamePartyOn": "2004-06-16"}]
                """).when().post("/api/v1/states-parties").then().statusCode(403);
    }

    @Test
    void shouldRejectImpossibleStatesPartiesAndRecordNone() {
        long before = count("state_party");
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body("""
                [{"instrument": "UNTOC", "country": "PER", "action": "RATIFICATION", "becamePartyOn": "2002-01-23"},
                 {"instrument": "UNTOC", "country": "ATLANTIS", "action": "RATIFICATION", "becamePartyOn": "2002-01-23"},
                 {"instrument": "UNTOC", "country": "CHL", "action": "RATIFICATION", "becamePartyOn": "2999-01-01"}]
                """).when().post("/api/v1/states-parties")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("[1].country", "[2].becamePartyOn"));
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body("""
                [{"instrument": "UNTOC", "country": "PER", "action": "RATIFICATION", "becamePartyOn": "2002-01-23", "withdrewOn": "2001-01-01"}]
                """).when().post("/api/v1/states-parties")
                .then().statusCode(400).body("violations.field", hasItem("[0].withdrewOn"));
        assertThat(count("state_party")).isEqualTo(before);
    }

    private static void publishQuestionnaire(String instrument) {
        SurveyFixtures.publishQuestionnaire(instrument);
    }

    private static void recordParties(String entries) {
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body(entries)
                .when().post("/api/v1/states-parties").then().statusCode(200);
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
