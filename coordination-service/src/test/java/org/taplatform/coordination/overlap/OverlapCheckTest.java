package org.taplatform.coordination.overlap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.taplatform.coordination.provider.ActivityReadModel;
import org.taplatform.events.Topics;
import org.taplatform.events.registry.ActivityRegistered;
import org.taplatform.events.registry.ActivitySnapshot;
import org.taplatform.testsupport.KafkaTestClient;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestTokens;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The pre-registration check against activities the registry announced, in more than one language. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class OverlapCheckTest {

    @Inject
    ObjectMapper json;

    @Test
    void shouldFindTheSameWorkshopReportedByAnotherOrganisationInFrenchAndEnglish() throws Exception {
        UUID id = UUID.randomUUID();
        String identifier = "XI-TEST-OTHER-" + id;
        ActivitySnapshot registered = new ActivitySnapshot(id, identifier, "XI-TEST-OTHER",
                Map.of("en", "Trainings for prosecutors handling cybercrime cases",
                        "fr", "Formation des procureurs aux affaires de cybercriminalité"),
                Map.of("en", "Workshops on electronic evidence for prosecutors",
                        "fr", "Ateliers sur la preuve électronique pour les procureurs"), "2", LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 10, 15), null, null,
                List.of(new ActivitySnapshot.Participant("XI-TEST-FUNDER", "Funder", "1")),
                List.of(new ActivitySnapshot.Recipient("SEN", BigDecimal.valueOf(100))), List.of(), List.of(),
                List.of("TRAINING.JUSTICE_OFFICIALS"), List.of("UNTOC"), List.of(), List.of("PROSECUTORS"), List.of(), null);
        KafkaTestClient.send(Topics.REGISTRY_ACTIVITIES, "SEN", json.writeValueAsString(new ActivityRegistered(id,
                identifier, "SEN", registered, Instant.now())),
                KafkaTestClient.cloudEventHeaders(UUID.randomUUID().toString(), ActivityRegistered.TYPE, id.toString()));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> ActivityReadModel.findById(id)) != null);

        Map<String, Object> draft = Map.of("organisation", "XI-TEST-PLANNER",
                "titles", Map.of("fr", "Formation de procureurs : affaires de cybercriminalité"),
                "descriptions", Map.of("fr", "Ateliers sur la preuve électronique"),
                "recipientCountries", List.of("SEN"), "taSubtypes", List.of("TRAINING.JUSTICE_OFFICIALS"),
                "beneficiaryGroups", List.of("PROSECUTORS"), "plannedStart", "2026-06-10", "plannedEnd", "2026-09-30");
        given().auth().oauth2(TestTokens.token("planner", java.util.Set.of("field-office"),
                Map.of("organisation", "XI-TEST-PLANNER"))).contentType(ContentType.JSON).body(draft).when()
                .post("/api/v1/overlaps/check").then().statusCode(200)
                .body("overlaps.iatiIdentifier", hasItem(identifier))
                .body("overlaps.find { it.iatiIdentifier == '" + identifier + "' }.severity", equalTo("HIGH"))
                .body("overlaps.find { it.iatiIdentifier == '" + identifier + "' }.evidence",
                        hasItem(org.hamcrest.Matchers.containsString("(fr)")))
                .body("linked", org.hamcrest.Matchers.empty());

        // the funder planning to report the same work, naming the other as its implementer: linked, not an overlap
        Map<String, Object> fundersReport = new java.util.HashMap<>(draft);
        fundersReport.put("organisation", "XI-TEST-FUNDER");
        fundersReport.put("participants", List.of(Map.of("organisation", "XI-TEST-FUNDER", "role", "1"),
                Map.of("organisation", "XI-TEST-OTHER", "role", "4")));
        given().auth().oauth2(TestTokens.token("funder", java.util.Set.of("donor"),
                Map.of("organisation", "XI-TEST-FUNDER"))).contentType(ContentType.JSON).body(fundersReport).when()
                .post("/api/v1/overlaps/check").then().statusCode(200)
                .body("overlaps.iatiIdentifier", org.hamcrest.Matchers.not(hasItem(identifier)))
                .body("linked.iatiIdentifier", hasItem(identifier))
                .body("linked.find { it.iatiIdentifier == '" + identifier + "' }.why",
                        org.hamcrest.Matchers.containsString("funder's and implementer's"));
        // the check changed nothing
        assertThat(QuarkusTransaction.requiringNew().call(() -> ActivityReadModel.count("reportingOrganisation",
                "XI-TEST-PLANNER"))).isZero();
    }

    @Test
    void shouldRefuseBadDraftsAndOtherRoles() {
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("organisation", "X", "titles", Map.of(), "recipientCountries", List.of("ZZZ"))).when()
                .post("/api/v1/overlaps/check").then().statusCode(400).body("violations.field", hasItem("titles"));
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("organisation", "X", "titles", Map.of("en", "A"), "recipientCountries", List.of("KEN"),
                        "participants", List.of(Map.of("organisation", "XI-A", "role", "9")),
                        "budget", Map.of("amount", -1, "currency", "usd"))).when()
                .post("/api/v1/overlaps/check").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", org.hamcrest.Matchers.hasItems("participants[0].role", "budget.amount",
                        "budget.currency"));
        given().auth().oauth2(TestTokens.focalPoint("SEN")).contentType(ContentType.JSON).body(Map.of()).when()
                .post("/api/v1/overlaps/check").then().statusCode(403);
    }
}
