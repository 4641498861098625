package org.taplatform.coordination.country;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

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
import org.taplatform.events.EventContract;
import org.taplatform.events.NeedSource;
import org.taplatform.events.SharingConsent;
import org.taplatform.events.Topics;
import org.taplatform.events.needs.NeedRegistered;
import org.taplatform.events.registry.ActivityRegistered;
import org.taplatform.events.registry.ActivitySnapshot;
import org.taplatform.events.registry.CapabilityChanged;
import org.taplatform.events.registry.OrganisationRegistered;
import org.taplatform.testsupport.KafkaTestClient;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestTokens;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** One country's page, as a coordinator, its focal point, and a donor see it; and the gap report by area and type. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class CountryCoordinationTest {

    @Inject
    ObjectMapper json;

    private void publish(String topic, String key, String subject, EventContract event) throws Exception {
        KafkaTestClient.send(topic, key, json.writeValueAsString(event),
                KafkaTestClient.cloudEventHeaders(UUID.randomUUID().toString(), event.eventType(), subject));
    }

    private UUID need(SharingConsent consent) throws Exception {
        UUID id = UUID.randomUUID();
        publish(Topics.NEEDS, "BFA", id.toString(), new NeedRegistered(id, "BFA", "UNTOC", "18", "LEGAL",
                "LEGAL.DRAFTING", null, List.of(), "Regulations", "HIGH", NeedSource.SURVEY, consent, null, null,
                Instant.now()));
        return id;
    }

    @Test
    void shouldShowACountrysNeedsActivitiesMatchesAndRequestsWithinTheReadersRights() throws Exception {
        UUID shared = need(SharingConsent.PROVIDERS_AND_DONORS);
        UUID unodcOnly = need(SharingConsent.UNODC_ONLY);
        String organisation = "XI-TEST-BFA-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        publish(Topics.REGISTRY_ORGANISATIONS, organisation, organisation, new OrganisationRegistered(UUID.randomUUID(),
                organisation, "CIVIL_SOCIETY", "21", Map.of("en", "Sahel Law Centre"), List.of("BFA"), List.of(),
                List.of("fr"), null, Instant.now()));
        publish(Topics.REGISTRY_ORGANISATIONS, organisation, organisation, new CapabilityChanged(UUID.randomUUID(),
                organisation, List.of(new CapabilityChanged.Capability(UUID.randomUUID(), "LEGAL.DRAFTING",
                        List.of("UNTOC"), List.of("WORKSHOP"), List.of(), List.of(), List.of(), null)),
                Instant.now()));
        UUID activity = UUID.randomUUID();
        String identifier = organisation + "-1";
        publish(Topics.REGISTRY_ACTIVITIES, "BFA", activity.toString(), new ActivityRegistered(activity, identifier,
                "BFA", new ActivitySnapshot(activity, identifier, organisation, Map.of("fr", "Appui à la rédaction"),
                        Map.of("fr", "Ateliers"), "2", LocalDate.now().minusMonths(2), LocalDate.now().plusMonths(6),
                        null, null, List.of(), List.of(new ActivitySnapshot.Recipient("BFA", BigDecimal.valueOf(100))),
                        List.of(), List.of(), List.of("TRAINING.POLICE"), List.of("UNTOC"), List.of(), List.of(),
                        List.of(), null),
                Instant.now()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.coordinator())
                .when().get("/api/v1/countries/BFA/coordination").then().statusCode(200)
                .body("needs.need.id", hasItem(unodcOnly.toString()))
                .body("needs.find { it.need.id == '" + shared + "' }.topMatches.organisation", hasItem(organisation))
                .body("activities.iatiIdentifier", hasItem(identifier)));
        given().auth().oauth2(TestTokens.focalPoint("BFA")).contentType(ContentType.JSON)
                .body(Map.of("country", "BFA", "needIds", List.of(shared), "summary", "Regulations")).when()
                .post("/api/v1/requests").then().statusCode(201);

        given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/countries/BFA/coordination").then()
                .statusCode(200).body("name", equalTo("Burkina Faso"))
                .body("needs.need.id", hasItem(shared.toString())).body("openRequests.status", hasItem("SUBMITTED"));
        // as of the latest change among what it shows: no earlier than its newest request, no later than now
        var page = given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/countries/BFA/coordination")
                .then().extract();
        java.time.Instant newestRequest = page.<java.util.List<String>>path("openRequests.updatedAt").stream()
                .map(java.time.Instant::parse).max(java.time.Instant::compareTo).orElseThrow();
        org.assertj.core.api.Assertions.assertThat(java.time.Instant.parse(page.<String>path("asOf")))
                .isAfterOrEqualTo(newestRequest).isBeforeOrEqualTo(java.time.Instant.now());
        // the State sees its own page whole
        given().auth().oauth2(TestTokens.focalPoint("BFA")).when().get("/api/v1/countries/BFA/coordination").then()
                .statusCode(200).body("needs.need.id", hasItem(unodcOnly.toString()))
                .body("openRequests.needIds.flatten()", hasItem(shared.toString()));
        // a donor: not the need kept for UNODC, not a request that was not forwarded to it, no alerts of others
        given().auth().oauth2(TestTokens.token("donor", Set.of("donor"), Map.of("organisation", "XI-TEST-DONOR-BFA")))
                .when().get("/api/v1/countries/BFA/coordination?matches=1").then().statusCode(200)
                .body("needs.need.id", hasItem(shared.toString()))
                .body("needs.need.id", not(hasItem(unodcOnly.toString())))
                .body("openRequests", equalTo(List.of())).body("overlapAlerts", equalTo(List.of()));
        // forbidden and bad input
        given().auth().oauth2(TestTokens.focalPoint("MLI")).when().get("/api/v1/countries/BFA/coordination").then()
                .statusCode(403);
        given().auth().oauth2(TestTokens.token("analyst", Set.of("analyst"), Map.of())).when()
                .get("/api/v1/countries/BFA/coordination").then().statusCode(403);
        given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/countries/XXX/coordination?matches=11")
                .then().statusCode(400).body("violations.field", containsInAnyOrder("country", "matches"));

        // the gap report by area and TA type: Burkina Faso is in Western Africa (011), not in Europe (150)
        given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/gaps?region=011&taType=LEGAL").then()
                .statusCode(200).body("gaps.need.id", hasItem(shared.toString()));
        given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/gaps?region=150").then()
                .statusCode(200).body("gaps.need.id", not(hasItem(shared.toString())));
        given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/gaps?region=011&taType=DATA").then()
                .statusCode(200).body("gaps.need.id", not(hasItem(shared.toString())));
        given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/gaps?region=99999").then()
                .statusCode(400).body("violations.field", contains("region"));
    }
}
