package org.taplatform.needs.need;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.taplatform.events.Topics;
import org.taplatform.events.needs.NeedRegistered;
import org.taplatform.events.needs.NeedStatusChanged;
import org.taplatform.events.needs.NeedUpdated;
import org.taplatform.events.needs.NeedWithdrawn;
import org.taplatform.testsupport.KafkaTestClient;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestTokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** Needs a coordinator records from a State's written request, and statuses set by hand. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
public class ManualNeedResourceTest {

    public static Map<String, Object> request(String country, String instrument, String taSubtype) {
        return Map.of("country", country, "instrument", instrument, "taSubtype", taSubtype,
                "thematicArea", "MUTUAL_LEGAL_ASSISTANCE", "beneficiaryGroups", List.of("CENTRAL_AUTHORITIES"),
                "description", "Training of the central authority on incoming requests", "priority", "HIGH",
                "consent", "PROVIDERS_AND_DONORS", "requestReference", "Note verbale 2026/114");
    }

    private static ExtractableResponse<Response> record(Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.coordinator()).contentType("application/json").body(body)
                .when().post("/api/v1/needs").then().extract();
    }

    private static List<String> typesAnnounced(String needId) {
        return KafkaTestClient.readAll(Topics.NEEDS).stream()
                .filter(r -> needId.equals(KafkaTestClient.header(r, "ce_subject")))
                .map(r -> KafkaTestClient.header(r, "ce_type")).toList();
    }

    @Test
    void shouldRecordANeedFromAWrittenRequestAndAnnounceItWithItsConsent() {
        var created = record(request("KEN", "UNTOC", "COOPERATION.CRIMINAL_MATTERS_TRAINING"));
        assertThat(created.statusCode()).isEqualTo(201);
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/needs/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat((String) created.path("source")).isEqualTo("MANUAL");
        assertThat((String) created.path("taType")).isEqualTo("COOPERATION");
        assertThat((String) created.path("requestReference")).isEqualTo("Note verbale 2026/114");

        var announced = KafkaTestClient.awaitRecords(Topics.NEEDS,
                r -> id.equals(KafkaTestClient.header(r, "ce_subject")), Duration.ofSeconds(30));
        assertThat(KafkaTestClient.header(announced.get(0), "ce_type")).isEqualTo(NeedRegistered.TYPE);
        assertThat(announced.get(0).key()).isEqualTo("KEN");
        assertThat(announced.get(0).value()).contains("\"consent\":\"PROVIDERS_AND_DONORS\"");

        given().auth().oauth2(TestTokens.donor("XM-DAC-41114")).when().get("/api/v1/needs/" + id).then()
                .statusCode(200).body("source", equalTo("MANUAL"));
    }

    @Test
    void shouldCorrectAndWithdrawAManualNeedWithOptimisticConcurrency() {
        String id = record(request("UGA", "UNTOC", "LEGAL.DRAFTING")).path("id");
        Map<String, Object> corrected = new java.util.HashMap<>(request("UGA", "UNTOC", "LEGAL.IMPLEMENTATION_ISSUES"));
        given().auth().oauth2(TestTokens.coordinator()).contentType("application/json").body(corrected)
                .when().put("/api/v1/needs/" + id).then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.coordinator()).contentType("application/json").body(corrected)
                .header("If-Match", "\"0\"").when().put("/api/v1/needs/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("taSubtype", equalTo("LEGAL.IMPLEMENTATION_ISSUES"));
        given().auth().oauth2(TestTokens.coordinator()).contentType("application/json").body(corrected)
                .header("If-Match", "\"0\"").when().put("/api/v1/needs/" + id).then().statusCode(412);

        given().auth().oauth2(TestTokens.coordinator()).contentType("application/json")
                .body(Map.of("reason", "The State's letter of 12 May withdraws it")).header("If-Match", "\"1\"")
                .when().post("/api/v1/needs/" + id + "/withdrawal").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        given().auth().oauth2(TestTokens.coordinator()).contentType("application/json")
                .body(Map.of("status", "COVERED", "reason", "done")).header("If-Match", "*")
                .when().put("/api/v1/needs/" + id + "/status").then().statusCode(409)
                .contentType("application/problem+json");

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(typesAnnounced(id)).containsExactly(NeedRegistered.TYPE, NeedUpdated.TYPE,
                        NeedWithdrawn.TYPE));
    }

    @Test
    void shouldSetTheStatusByHandAndAnnounceTheChange() {
        String id = record(request("TZA", "UNTOC", "LEGAL.DRAFTING")).path("id");
        given().auth().oauth2(TestTokens.coordinator()).contentType("application/json")
                .body(Map.of("status", "IN_PROGRESS", "reason", "ROEA workshop planned")).header("If-Match", "\"0\"")
                .when().put("/api/v1/needs/" + id + "/status").then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("statusReason", equalTo("ROEA workshop planned"));
        var changed = KafkaTestClient.awaitRecords(Topics.NEEDS, r -> id.equals(KafkaTestClient.header(r, "ce_subject"))
                && NeedStatusChanged.TYPE.equals(KafkaTestClient.header(r, "ce_type")), Duration.ofSeconds(30));
        assertThat(changed.get(0).value()).contains("\"previousStatus\":\"OPEN\"").contains("\"status\":\"IN_PROGRESS\"")
                .contains("\"changedBy\":\"coordinator\"");
    }

    @Test
    void shouldRejectBadInputAndChangeNothing() {
        Map<String, Object> wrongInstrument = request("KEN", "UNTOC", "TRAINING.FIREARMS_MARKING");
        int before = count("KEN");
        var rejected = record(wrongInstrument);
        assertThat(rejected.statusCode()).isEqualTo(400);
        assertThat(rejected.<List<String>>path("violations.field")).contains("taSubtype");

        Map<String, Object> unknownCountry = new java.util.HashMap<>(request("ATL", "UNTOC", "LEGAL.DRAFTING"));
        unknownCountry.remove("requestReference");
        var invalid = record(unknownCountry);
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.<List<String>>path("violations.field")).contains("country", "requestReference");

        given().auth().oauth2(TestTokens.coordinator()).contentType("application/json").body("{\"country\": ")
                .when().post("/api/v1/needs").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.coordinator()).contentType("application/json")
                .body(Map.of("status", "DONE", "reason", "x")).header("If-Match", "*")
                .when().put("/api/v1/needs/" + UUID.randomUUID() + "/status").then().statusCode(400)
                .body("violations.field", hasItem("status"));
        assertThat(count("KEN")).isEqualTo(before);
    }

    @Test
    void shouldLetOnlyCoordinatorsRecordNeeds() {
        for (String token : List.of(TestTokens.focalPoint("KEN"), TestTokens.donor("XM-DAC-41114"),
                TestTokens.withRoles("analyst", "analyst"))) {
            given().auth().oauth2(token).contentType("application/json").body(request("KEN", "UNTOC", "LEGAL.DRAFTING"))
                    .when().post("/api/v1/needs").then().statusCode(403).contentType("application/problem+json");
        }
        given().contentType("application/json").body(request("KEN", "UNTOC", "LEGAL.DRAFTING"))
                .when().post("/api/v1/needs").then().statusCode(401);
        String id = record(request("KEN", "UNTOC", "LEGAL.DRAFTING")).path("id");
        for (String token : List.of(TestTokens.focalPoint("KEN"), TestTokens.donor("XM-DAC-41114"))) {
            given().auth().oauth2(token).contentType("application/json").header("If-Match", "*")
                    .body(Map.of("status", "COVERED", "reason", "x")).when().put("/api/v1/needs/" + id + "/status")
                    .then().statusCode(403);
            given().auth().oauth2(token).contentType("application/json").header("If-Match", "*")
                    .body(Map.of("reason", "x")).when().post("/api/v1/needs/" + id + "/withdrawal").then().statusCode(403);
        }
        given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/needs/" + id).then()
                .body("status", equalTo("OPEN")).header("ETag", "\"0\"");
    }

    @Test
    void shouldRefuseToEditANeedStatedInASurvey() {
        var response = new org.taplatform.events.survey.ResponseSubmitted(UUID.randomUUID(), UUID.randomUUID(), "NER",
                "UNTOC", 1, 1, "fr", "focal-ner", java.time.Instant.now(), List.of(
                        org.taplatform.needs.support.RegisterFixtures.need("LEGAL.DRAFTING",
                                org.taplatform.events.SharingConsent.PUBLIC)));
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> io.quarkus.arc.Arc.container()
                .instance(NeedService.class).get().registerStatedNeeds(response));
        UUID id = response.needs().get(0).needId();
        given().auth().oauth2(TestTokens.coordinator()).contentType("application/json")
                .body(request("NER", "UNTOC", "LEGAL.DRAFTING")).header("If-Match", "*")
                .when().put("/api/v1/needs/" + id).then().statusCode(409).contentType("application/problem+json");
    }

    private static int count(String country) {
        return given().auth().oauth2(TestTokens.coordinator()).queryParam("country", country).queryParam("limit", 500)
                .when().get("/api/v1/needs").then().extract().<List<?>>path("items").size();
    }
}
