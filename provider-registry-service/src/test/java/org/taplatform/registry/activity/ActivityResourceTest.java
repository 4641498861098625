package org.taplatform.registry.activity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taplatform.events.Topics;
import org.taplatform.events.registry.ActivityRegistered;
import org.taplatform.events.registry.ActivityStatusChanged;
import org.taplatform.events.registry.ActivityUpdated;
import org.taplatform.events.registry.ActivityWithdrawn;
import org.taplatform.registry.support.RegistryFixtures;
import org.taplatform.testsupport.KafkaTestClient;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestTokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class ActivityResourceTest {

    String office;
    String token;

    @BeforeEach
    void fieldOffice() {
        office = RegistryFixtures.organisation("UNODC_FIELD_OFFICE", "KEN", "UGA");
        token = RegistryFixtures.tokenOf("field-office", office);
    }

    Map<String, Object> activity(String localId) {
        Map<String, Object> body = new HashMap<>();
        body.put("reportingOrganisation", office);
        body.put("localId", localId);
        body.put("titles", Map.of("en", "Mutual legal assistance training for central authorities",
                "fr", "Formation à l'entraide judiciaire pour les autorités centrales"));
        body.put("descriptions", Map.of("en", "Three workshops on requests under article 18"));
        body.put("status", "2");
        body.put("plannedStart", "2026-03-01");
        body.put("plannedEnd", "2026-11-30");
        body.put("participants", List.of(Map.of("identifier", "XM-DAC-41114", "name", "UNDP", "role", "1"),
                Map.of("identifier", office, "name", "UNODC office", "role", "4")));
        body.put("recipientCountries", List.of(Map.of("code", "KEN", "percentage", 60), Map.of("code", "UGA", "percentage", 40)));
        body.put("sectors", List.of(Map.of("code", "15130", "percentage", 100)));
        body.put("taSubtypes", List.of("COOPERATION.CRIMINAL_MATTERS_TRAINING"));
        body.put("instruments", List.of("UNTOC"));
        body.put("articles", List.of("18"));
        body.put("beneficiaryGroups", List.of("CENTRAL_AUTHORITIES"));
        body.put("budget", Map.of("amount", 180000, "currency", "USD", "valueDate", "2026-01-15"));
        return body;
    }

    ValidatableResponse register(Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/api/v1/activities")
                .then();
    }

    @Test
    void shouldRegisterAnActivityAndAnnounceItOncePerRecipientCountry() {
        String id = register(activity("MLA-1")).statusCode(201)
                .body("activity.iatiIdentifier", equalTo(office + "-MLA-1"))
                .body("statusName", equalTo("Implementation")).extract().path("activity.activityId");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var events = KafkaTestClient.readAll(Topics.REGISTRY_ACTIVITIES).stream()
                    .filter(r -> id.equals(KafkaTestClient.header(r, "ce_subject"))).toList();
            assertThat(events).extracting(r -> r.key()).containsExactlyInAnyOrder("KEN", "UGA");
            assertThat(events).allMatch(r -> ActivityRegistered.TYPE.equals(KafkaTestClient.header(r, "ce_type")));
        });
        given().queryParam("country", "UGA").queryParam("organisation", office).when().get("/api/v1/activities")
                .then().statusCode(200).body("items.activity.activityId", hasItem(id));
    }

    @Test
    void shouldAnnounceTheActivitiesItNamesSoThatCoordinationLinksOneMoneyFlow() {
        Map<String, Object> body = activity("MLA-LINKED");
        body.put("relatedActivities", List.of(Map.of("identifier", "XM-DAC-41114-KEN-MLA", "type", "4")));
        body.put("providerActivities", List.of("XM-DAC-41114-KEN-MLA-GRANT"));
        String id = register(body).statusCode(201)
                .body("activity.relatedActivities[0].identifier", equalTo("XM-DAC-41114-KEN-MLA"))
                .body("activity.providerActivities", equalTo(List.of("XM-DAC-41114-KEN-MLA-GRANT")))
                .extract().path("activity.activityId");
        var event = KafkaTestClient.awaitRecords(Topics.REGISTRY_ACTIVITIES,
                r -> id.equals(KafkaTestClient.header(r, "ce_subject")), Duration.ofSeconds(30)).get(0);
        assertThat(event.value()).contains("\"relatedActivities\":[{\"identifier\":\"XM-DAC-41114-KEN-MLA\",\"type\":\"4\"}]")
                .contains("\"providerActivities\":[\"XM-DAC-41114-KEN-MLA-GRANT\"]");
    }

    @Test
    void shouldKeepEveryChangeInTheHistoryAndAnnounceStatusChanges() {
        var created = register(activity("MLA-2")).statusCode(201).extract();
        String id = created.path("activity.activityId");
        Map<String, Object> changed = activity("MLA-2");
        changed.put("status", "3");
        changed.put("actualStart", "2026-03-02");
        changed.put("recipientCountries", List.of(Map.of("code", "KEN")));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(changed).header("If-Match", "\"0\"").when()
                .put("/api/v1/activities/" + id).then().statusCode(200).header("ETag", "\"1\"");
        // the same again changes nothing: no new version
        given().auth().oauth2(token).contentType(ContentType.JSON).body(changed).header("If-Match", "\"1\"").when()
                .put("/api/v1/activities/" + id).then().statusCode(200).header("ETag", "\"1\"");

        given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/activities/" + id + "/history").then()
                .statusCode(200).body("items.action", equalTo(List.of("REGISTERED", "UPDATED")))
                .body("items[1].changedBy", equalTo("field-office-user"))
                .body("items[1].changes", hasKey("status")).body("items[1].changes.status.before", equalTo("2"))
                .body("items[1].changes.status.after", equalTo("3")).body("items[1].changes", hasKey("recipientCountries"))
                .body("items[1].changes", not(hasKey("titles")));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var events = KafkaTestClient.readAll(Topics.REGISTRY_ACTIVITIES).stream()
                    .filter(r -> id.equals(KafkaTestClient.header(r, "ce_subject"))).toList();
            // Uganda is no longer a recipient: it hears of the update, not of the status change
            assertThat(events).filteredOn(r -> ActivityUpdated.TYPE.equals(KafkaTestClient.header(r, "ce_type")))
                    .extracting(r -> r.key()).containsExactlyInAnyOrder("KEN", "UGA");
            assertThat(events).filteredOn(r -> ActivityStatusChanged.TYPE.equals(KafkaTestClient.header(r, "ce_type")))
                    .extracting(r -> r.key()).containsExactly("KEN");
        });

        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("reason", "Reported twice"))
                .header("If-Match", "\"1\"").when().post("/api/v1/activities/" + id + "/withdrawal").then()
                .statusCode(200).body("withdrawn", equalTo(true));
        KafkaTestClient.awaitRecords(Topics.REGISTRY_ACTIVITIES, r -> id.equals(KafkaTestClient.header(r, "ce_subject"))
                && ActivityWithdrawn.TYPE.equals(KafkaTestClient.header(r, "ce_type")), Duration.ofSeconds(30));
        given().queryParam("organisation", office).when().get("/api/v1/activities").then()
                .body("items.activity.activityId", not(hasItem(id)));
    }

    @Test
    void shouldRejectWhatIatiWouldRejectAndWriteNothing() {
        Map<String, Object> bad = activity("BAD-1");
        bad.put("recipientCountries", List.of(Map.of("code", "KEN", "percentage", 60), Map.of("code", "UGA", "percentage", 30)));
        bad.put("plannedEnd", "2025-12-31");
        bad.put("budget", Map.of("amount", -5, "currency", "USD", "valueDate", "2026-01-15"));
        bad.put("sectors", List.of(Map.of("code", "99999")));
        register(bad).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("budget.amount"));
        bad.put("budget", Map.of("amount", 5, "currency", "XYZ", "valueDate", "2026-01-15"));
        register(bad).statusCode(400)
                .body("violations.field", hasItem("recipientCountries"))
                .body("violations.field", hasItem("plannedEnd"))
                .body("violations.field", hasItem("sectors"))
                .body("violations.field", hasItem("budget.currency"));
        Map<String, Object> unknownCodes = activity("BAD-2");
        unknownCodes.put("taSubtypes", List.of("LEGAL.NOTHING"));
        unknownCodes.put("status", "9");
        unknownCodes.put("participants", List.of(Map.of("name", "X", "role", "7"), Map.of("name", "Y", "role", "1",
                "type", "99")));
        unknownCodes.put("relatedActivities", List.of(Map.of("identifier", "XI-OTHER-1", "type", "6")));
        unknownCodes.put("providerActivities", List.of("has spaces"));
        unknownCodes.put("otherIdentifiers", List.of(Map.of("ref", "INT-7", "type", "Z9")));
        unknownCodes.put("documents", List.of(Map.of("url", "ftp://example.org/a.pdf", "format", "pdf",
                "titles", Map.of("en", "Appraisal"), "categories", List.of("Z1"))));
        register(unknownCodes).statusCode(400).body("violations.field", hasItem("taSubtypes[0]"))
                .body("violations.field", hasItem("status")).body("violations.field", hasItem("participants[0].role"))
                .body("violations.field", hasItem("participants[1].type"))
                .body("violations.field", hasItem("otherIdentifiers[0].type"))
                .body("violations.field", hasItems("documents[0].url", "documents[0].format",
                        "documents[0].categories[0]"))
                .body("violations.field", hasItem("relatedActivities[0].type"))
                .body("violations.field", hasItem("providerActivities[0]"));
        given().queryParam("organisation", office).when().get("/api/v1/activities").then().body("items.size()", equalTo(0));
    }

    @Test
    void shouldLetOnlyTheReportingOrganisationAndCoordinatorsReportForIt() {
        given().auth().oauth2(RegistryFixtures.tokenOf("partner", RegistryFixtures.newIdentifier()))
                .contentType(ContentType.JSON).body(activity("OTHER-1")).when().post("/api/v1/activities").then()
                .statusCode(403);
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body(activity("COORD-1")).when()
                .post("/api/v1/activities").then().statusCode(201);
        register(activity("COORD-1")).statusCode(409);
        String id = register(activity("MINE-1")).statusCode(201).extract().path("activity.activityId");
        String stranger = RegistryFixtures.tokenOf("field-office", RegistryFixtures.newIdentifier());
        given().auth().oauth2(stranger).contentType(ContentType.JSON).body(Map.of("reason", "not mine"))
                .header("If-Match", "*").when().post("/api/v1/activities/" + id + "/withdrawal").then().statusCode(403);
        given().auth().oauth2(stranger).contentType(ContentType.JSON).body(activity("MINE-1")).header("If-Match", "*")
                .when().put("/api/v1/activities/" + id).then().statusCode(403);
        given().get("/api/v1/activities/" + id).then().body("withdrawn", equalTo(false)).header("ETag", "\"0\"");
        Map<String, Object> unregistered = activity("X-1");
        unregistered.put("reportingOrganisation", RegistryFixtures.newIdentifier());
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body(unregistered).when()
                .post("/api/v1/activities").then().statusCode(400).body("violations.field", hasItem("reportingOrganisation"));
    }
}
