package org.taplatform.coordination.overlap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.taplatform.coordination.provider.ActivityReadModel;
import org.taplatform.events.EventContract;
import org.taplatform.events.Topics;
import org.taplatform.events.coordination.OverlapDetected;
import org.taplatform.events.coordination.OverlapResolved;
import org.taplatform.events.registry.ActivityRegistered;
import org.taplatform.events.registry.ActivitySnapshot;
import org.taplatform.events.registry.ActivityUpdated;
import org.taplatform.testsupport.KafkaTestClient;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestTokens;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Alerts raised between registered activities, settled by the organisations involved or a coordinator, and closed by
 * detection when the overlap goes away. Each test uses organisations of its own.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class OverlapAlertTest {

    @Inject
    ObjectMapper json;

    private void publish(EventContract event, String country, UUID subject) throws Exception {
        KafkaTestClient.send(Topics.REGISTRY_ACTIVITIES, country, json.writeValueAsString(event),
                KafkaTestClient.cloudEventHeaders(UUID.randomUUID().toString(), event.eventType(), subject.toString()));
    }

    private static ActivitySnapshot workshop(UUID id, String organisation, String country, String title, LocalDate start,
            LocalDate end) {
        return new ActivitySnapshot(id, organisation + "-" + id, organisation, Map.of("en", title),
                Map.of("en", "Workshops on electronic evidence for prosecutors"), "2", start, end, null, null, List.of(),
                List.of(new ActivitySnapshot.Recipient(country, BigDecimal.valueOf(100))), List.of(), List.of(),
                List.of("TRAINING.JUSTICE_OFFICIALS"), List.of("UNTOC"), List.of(), List.of("PROSECUTORS"), List.of(),
                null);
    }

    private static String token(String organisation) {
        return TestTokens.token("officer-" + organisation, Set.of("field-office"), Map.of("organisation", organisation));
    }

    /** Registers two alike workshops of two organisations and returns the alert between them. */
    private Response alertBetween(String country, String first, String second, UUID a, UUID b) throws Exception {
        publish(new ActivityRegistered(a, first + "-" + a, country, workshop(a, first, country,
                "Training prosecutors in cybercrime cases", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31)),
                Instant.now()), country, a);
        publish(new ActivityRegistered(b, second + "-" + b, country, workshop(b, second, country,
                "Cybercrime cases: training for prosecutors", LocalDate.of(2026, 6, 1), LocalDate.of(2027, 3, 31)),
                Instant.now()), country, b);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(token(first)).when()
                .get("/api/v1/overlap-alerts?country=" + country).then().statusCode(200).body("items.size()", equalTo(1)));
        return given().auth().oauth2(token(first)).when().get("/api/v1/overlap-alerts?country=" + country);
    }

    private List<String> published(String type, String alertId) {
        return KafkaTestClient.readAll(Topics.COORDINATION_EVENTS).stream()
                .filter(r -> alertId.equals(KafkaTestClient.header(r, "ce_subject")))
                .filter(r -> type.equals(KafkaTestClient.header(r, "ce_type"))).map(r -> r.value()).toList();
    }

    @Test
    void shouldRaiseAnAlertThatTheOrganisationsInvolvedSeeAndMergeAsTheSameActivityReportedTwice() throws Exception {
        String first = "XI-TEST-MRG1-" + UUID.randomUUID().toString().substring(0, 8);
        String second = "XI-TEST-MRG2-" + UUID.randomUUID().toString().substring(0, 8);
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        Response alerts = alertBetween("LSO", first, second, a, b);
        alerts.then().body("items[0].status", equalTo("OPEN")).body("items[0].severity", equalTo("HIGH"))
                .body("items[0].countries", contains("LSO"))
                .body("items[0].evidence", hasItem(containsString("same TA subtype TRAINING.JUSTICE_OFFICIALS")))
                .body("items[0].history[0].to", equalTo("OPEN"));
        String id = alerts.path("items[0].id");
        await().atMost(Duration.ofSeconds(30)).until(() -> published(OverlapDetected.TYPE, id).size() == 1);

        // the other organisation sees it too; an uninvolved one and a focal point do not
        given().auth().oauth2(token(second)).when().get("/api/v1/overlap-alerts/" + id).then().statusCode(200)
                .header("ETag", "\"1\"");
        given().auth().oauth2(token("XI-TEST-UNINVOLVED")).when().get("/api/v1/overlap-alerts/" + id).then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(token("XI-TEST-UNINVOLVED")).when().get("/api/v1/overlap-alerts?country=LSO").then()
                .statusCode(200).body("items.id", org.hamcrest.Matchers.not(hasItem(id)));
        given().auth().oauth2(token("XI-TEST-UNINVOLVED")).when().post("/api/v1/overlap-alerts/" + id + "/acknowledge")
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.focalPoint("LSO")).when().get("/api/v1/overlap-alerts/" + id).then()
                .statusCode(403);

        // acknowledge needs the ETag, and only once
        given().auth().oauth2(token(second)).when().post("/api/v1/overlap-alerts/" + id + "/acknowledge").then()
                .statusCode(428);
        given().auth().oauth2(token(second)).header("If-Match", "\"1\"").when()
                .post("/api/v1/overlap-alerts/" + id + "/acknowledge").then().statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED")).header("ETag", "\"2\"");
        given().auth().oauth2(token(second)).header("If-Match", "\"2\"").when()
                .post("/api/v1/overlap-alerts/" + id + "/acknowledge").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("ACKNOWLEDGED"));

        // merging names one of the two activities as the copy
        given().auth().oauth2(token(first)).header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .body(Map.of("duplicate", "XI-NOT-IN-THE-ALERT", "reason", "same")).when()
                .post("/api/v1/overlap-alerts/" + id + "/merge").then().statusCode(400)
                .body("violations.field", hasItem("duplicate"));
        String copy = second + "-" + b;
        given().auth().oauth2(token(first)).header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .body(Map.of("duplicate", copy, "reason", "Reported by the donor and by the agency")).when()
                .post("/api/v1/overlap-alerts/" + id + "/merge").then().statusCode(200)
                .body("status", equalTo("MERGED")).body("duplicateActivityId", equalTo(b.toString()))
                .body("history.to", contains("OPEN", "ACKNOWLEDGED", "MERGED"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> ActivityReadModel.<ActivityReadModel>findById(b)
                .duplicateOf)).isEqualTo(a);
        await().atMost(Duration.ofSeconds(30)).until(() -> published(OverlapResolved.TYPE, id).size() == 1);
        assertThat(published(OverlapResolved.TYPE, id).get(0)).contains("\"status\":\"MERGED\"")
                .contains(b.toString());

        // settled: no more actions, nothing changed
        given().auth().oauth2(TestTokens.coordinator()).header("If-Match", "\"3\"").contentType(ContentType.JSON)
                .body(Map.of("reason", "changed my mind")).when().post("/api/v1/overlap-alerts/" + id + "/dismiss")
                .then().statusCode(409);
        given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/overlap-alerts/" + id).then()
                .statusCode(200).body("status", equalTo("MERGED")).body("version", equalTo(3));
    }

    @Test
    void shouldCloseAnAlertByItselfWhenTheActivitiesNoLongerOverlapAndKeepADismissalDecided() throws Exception {
        String first = "XI-TEST-CLS1-" + UUID.randomUUID().toString().substring(0, 8);
        String second = "XI-TEST-CLS2-" + UUID.randomUUID().toString().substring(0, 8);
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        String id = alertBetween("SWZ", first, second, a, b).path("items[0].id");

        // the second workshop moves to 2028: no longer overlapping
        ActivitySnapshot moved = workshop(b, second, "SWZ", "Cybercrime cases: training for prosecutors",
                LocalDate.of(2028, 1, 1), LocalDate.of(2028, 6, 30));
        publish(new ActivityUpdated(b, moved.iatiIdentifier(), "SWZ", moved, 1, Instant.now()), "SWZ", b);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.coordinator())
                .when().get("/api/v1/overlap-alerts/" + id).then().body("status", equalTo("CLOSED"))
                .body("reason", equalTo(null)).body("history[1].reason", equalTo("no longer overlapping")));

        // back to 2026: raised again; then dismissed with a reason, and a later change does not raise it again
        ActivitySnapshot back = workshop(b, second, "SWZ", "Cybercrime cases: training for prosecutors",
                LocalDate.of(2026, 6, 1), LocalDate.of(2027, 3, 31));
        publish(new ActivityUpdated(b, back.iatiIdentifier(), "SWZ", back, 2, Instant.now()), "SWZ", b);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.coordinator())
                .when().get("/api/v1/overlap-alerts/" + id).then().body("status", equalTo("OPEN")));
        int version = given().auth().oauth2(token(second)).when().get("/api/v1/overlap-alerts/" + id).then()
                .extract().path("version");
        given().auth().oauth2(token(second)).header("If-Match", "\"" + version + "\"").contentType(ContentType.JSON)
                .body(Map.of("reason", " ")).when().post("/api/v1/overlap-alerts/" + id + "/dismiss").then()
                .statusCode(400).body("violations.field", hasItem("reason"));
        given().auth().oauth2(token(second)).header("If-Match", "\"" + version + "\"").contentType(ContentType.JSON)
                .body(Map.of("reason", "Different provinces")).when().post("/api/v1/overlap-alerts/" + id + "/dismiss")
                .then().statusCode(200).body("status", equalTo("DISMISSED")).body("reason", equalTo("Different provinces"));
        publish(new ActivityUpdated(b, back.iatiIdentifier(), "SWZ", back, 3, Instant.now()), "SWZ", b);
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> ActivityReadModel.<ActivityReadModel>findById(b).version) == 3);
        given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/overlap-alerts/" + id).then()
                .body("status", equalTo("DISMISSED"));
        given().auth().oauth2(TestTokens.coordinator()).when()
                .get("/api/v1/overlap-alerts?organisation=" + second + "&status=OPEN").then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void shouldRefuseBadFilters() {
        given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/overlap-alerts?status=SOLVED&limit=5000")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("status")).body("violations.field", hasItem("limit"));
        given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/overlap-alerts/" + UUID.randomUUID())
                .then().statusCode(404);
    }
}
