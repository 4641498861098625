package org.taplatform.coordination.overlap;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
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
import org.taplatform.events.Topics;
import org.taplatform.events.registry.ActivityRegistered;
import org.taplatform.events.registry.ActivitySnapshot;
import org.taplatform.events.registry.OrganisationRegistered;
import org.taplatform.testsupport.KafkaTestClient;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestTokens;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Who sees which overlap alert (docs/coordination-service.md, "Security"), one case per row of the table: the two
 * reporting organisations, a donor funding one side, an organisation extending the other, a field office of the
 * region, and those who may not: a field office of another region, a bystander, a focal point, an analyst; and who
 * may settle it.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class AlertVisibilityTest {

    @Inject
    ObjectMapper json;

    String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String first = "XI-VIS-A-" + suffix;
    String second = "XI-VIS-B-" + suffix;
    String donor = "XI-VIS-DONOR-" + suffix;
    String extender = "XI-VIS-EXT-" + suffix;
    String eastAfricaOffice = "XI-VIS-ROEA-" + suffix;
    String asiaOffice = "XI-VIS-ROSEAP-" + suffix;

    private void publish(String topic, String key, String subject, EventContract event) throws Exception {
        KafkaTestClient.send(topic, key, json.writeValueAsString(event),
                KafkaTestClient.cloudEventHeaders(UUID.randomUUID().toString(), event.eventType(), subject));
    }

    private void office(String identifier, String region) throws Exception {
        publish(Topics.REGISTRY_ORGANISATIONS, identifier, identifier, new OrganisationRegistered(UUID.randomUUID(),
                identifier, "UNODC_FIELD_OFFICE", "40", Map.of("en", identifier), List.of(), List.of(region),
                List.of("en"), null, Instant.now()));
    }

    private UUID workshop(String organisation, ActivitySnapshot.Participant participant) throws Exception {
        UUID id = UUID.randomUUID();
        ActivitySnapshot snapshot = new ActivitySnapshot(id, organisation + "-" + id, organisation,
                Map.of("en", "Training prosecutors of Kisumu in asset forfeiture cases"),
                Map.of("en", "Workshops in Kisumu on asset forfeiture for prosecutors"), "2", LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 9, 30), null, null, List.of(participant),
                List.of(new ActivitySnapshot.Recipient("KEN", BigDecimal.valueOf(100))), List.of(), List.of(),
                List.of("TRAINING.JUSTICE_OFFICIALS"), List.of("UNTOC"), List.of(), List.of("PROSECUTORS"), List.of(),
                null);
        publish(Topics.REGISTRY_ACTIVITIES, "KEN", id.toString(), new ActivityRegistered(id, organisation + "-" + id,
                "KEN", snapshot, Instant.now()));
        return id;
    }

    static String token(String role, String organisation) {
        return TestTokens.token(role + "-" + organisation, Set.of(role), Map.of("organisation", organisation));
    }

    @Test
    void shouldShowAnAlertToTheOrganisationsItConcernsAndTheFieldOfficeOfItsRegionOnly() throws Exception {
        office(eastAfricaOffice, "014");
        office(asiaOffice, "035");
        workshop(first, new ActivitySnapshot.Participant(donor, "Donor", "1"));
        workshop(second, new ActivitySnapshot.Participant(extender, "Extender", "3"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.coordinator())
                .when().get("/api/v1/overlap-alerts?organisation=" + first).then().statusCode(200)
                .body("items.size()", equalTo(1)));
        String id = given().auth().oauth2(TestTokens.coordinator()).when()
                .get("/api/v1/overlap-alerts?organisation=" + first).then().extract().path("items[0].id");

        // who sees it: in the list, by id, and (for the field office of the region) on the country's page
        for (String reader : List.of(token("partner", first), token("field-office", second), token("donor", donor),
                token("partner", extender), token("field-office", eastAfricaOffice))) {
            given().auth().oauth2(reader).when().get("/api/v1/overlap-alerts?country=KEN").then().statusCode(200)
                    .body("items.id", hasItem(id));
            given().auth().oauth2(reader).when().get("/api/v1/overlap-alerts/" + id).then().statusCode(200);
        }
        given().auth().oauth2(token("field-office", eastAfricaOffice)).when()
                .get("/api/v1/countries/KEN/coordination").then().statusCode(200).body("overlapAlerts.id", hasItem(id));
        given().auth().oauth2(token("donor", donor)).when().get("/api/v1/overlap-alerts?organisation=" + donor).then()
                .statusCode(200).body("items.id", hasItem(id));

        // who does not: another region's office, a bystander (404: its existence is not disclosed), focal point, analyst
        for (String stranger : List.of(token("field-office", asiaOffice), token("donor", "XI-VIS-BYSTANDER"),
                token("partner", "XI-VIS-BYSTANDER"))) {
            given().auth().oauth2(stranger).when().get("/api/v1/overlap-alerts?country=KEN").then().statusCode(200)
                    .body("items.id", not(hasItem(id)));
            given().auth().oauth2(stranger).when().get("/api/v1/overlap-alerts/" + id).then().statusCode(404)
                    .contentType("application/problem+json");
        }
        given().auth().oauth2(token("field-office", asiaOffice)).when().get("/api/v1/countries/KEN/coordination")
                .then().statusCode(200).body("overlapAlerts.id", not(hasItem(id)));
        given().auth().oauth2(TestTokens.focalPoint("KEN")).when().get("/api/v1/overlap-alerts/" + id).then()
                .statusCode(403);
        given().auth().oauth2(TestTokens.token("analyst", Set.of("analyst"), Map.of())).when()
                .get("/api/v1/overlap-alerts?country=KEN").then().statusCode(403);

        // who settles it: the reporting organisations and coordinators; readers who fund, extend or cover the region
        // may not (403), and nothing changes
        for (String reader : List.of(token("donor", donor), token("partner", extender),
                token("field-office", eastAfricaOffice))) {
            given().auth().oauth2(reader).header("If-Match", "\"1\"").when()
                    .post("/api/v1/overlap-alerts/" + id + "/acknowledge").then().statusCode(403)
                    .contentType("application/problem+json");
        }
        given().auth().oauth2(token("field-office", second)).header("If-Match", "\"1\"").when()
                .post("/api/v1/overlap-alerts/" + id + "/acknowledge").then().statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED"));
    }
}
