package org.taplatform.coordination.funding;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
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
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.taplatform.events.EventContract;
import org.taplatform.events.NeedSource;
import org.taplatform.events.SharingConsent;
import org.taplatform.events.Topics;
import org.taplatform.events.needs.NeedRegistered;
import org.taplatform.events.registry.ActivityFinance;
import org.taplatform.events.registry.ActivityRegistered;
import org.taplatform.events.registry.ActivitySnapshot;
import org.taplatform.events.registry.PledgeRecorded;
import org.taplatform.testsupport.KafkaTestClient;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestTokens;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The funding view through the API: a State's focal point sets its need's requirement, a donor's activity reports a
 * commitment and a disbursement in IATI transactions, a pledge is recorded, and the country's view shows required
 * against funded, need by need, within what each caller may see.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class FundingResourceTest {

    @Inject
    ObjectMapper json;

    private void publish(String topic, String key, String subject, EventContract event) throws Exception {
        KafkaTestClient.send(topic, key, json.writeValueAsString(event),
                KafkaTestClient.cloudEventHeaders(UUID.randomUUID().toString(), event.eventType(), subject));
    }

    private UUID need(String country, String subtype, SharingConsent consent) throws Exception {
        UUID id = UUID.randomUUID();
        publish(Topics.NEEDS, country, id.toString(), new NeedRegistered(id, country, "UNTOC", "18",
                subtype.substring(0, subtype.indexOf('.')), subtype, null, List.of(), "need", "HIGH", NeedSource.SURVEY,
                consent, null, null, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.coordinator())
                .when().get("/api/v1/needs/" + id).then().statusCode(200));
        return id;
    }

    static ActivityFinance.Transaction transaction(String type, String amount) {
        return new ActivityFinance.Transaction(null, type, LocalDate.of(2026, 3, 1), new ActivityFinance.MoneyValue(
                new BigDecimal(amount), "USD", LocalDate.of(2026, 3, 1)), null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    @Test
    void shouldShowRequiredAgainstFundedNeedByNeed() throws Exception {
        String country = "MDV";
        UUID training = need(country, "COOPERATION.CRIMINAL_MATTERS_TRAINING", SharingConsent.PROVIDERS_AND_DONORS);
        UUID secret = need(country, "LEGAL.DRAFTING", SharingConsent.UNODC_ONLY);
        String focalPoint = TestTokens.focalPoint(country);

        // the State's focal point agrees the requirement; others may not set it
        given().auth().oauth2(focalPoint).contentType(ContentType.JSON).body(Map.of("amount", 200000, "currency",
                "USD", "note", "three workshops")).when().put("/api/v1/needs/" + training + "/requirement").then()
                .statusCode(200).header("ETag", "\"0\"").body("amount", equalTo(200000.0f));
        // another State's focal point does not even see the need (the State shared it with providers and donors)
        given().auth().oauth2(TestTokens.focalPoint("FJI")).contentType(ContentType.JSON).body(Map.of("amount", 1,
                "currency", "USD")).when().put("/api/v1/needs/" + training + "/requirement").then().statusCode(404);
        given().auth().oauth2(TestTokens.donor("XM-DAC-41114")).contentType(ContentType.JSON).body(Map.of("amount", 1,
                "currency", "USD")).when().put("/api/v1/needs/" + training + "/requirement").then().statusCode(403);
        given().auth().oauth2(focalPoint).contentType(ContentType.JSON).body(Map.of("amount", 250000, "currency",
                "USD")).when().put("/api/v1/needs/" + training + "/requirement").then().statusCode(428);
        given().auth().oauth2(focalPoint).contentType(ContentType.JSON).body(Map.of("amount", -5, "currency", "USD"))
                .header("If-Match", "\"0\"").when().put("/api/v1/needs/" + training + "/requirement").then()
                .statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(focalPoint).contentType(ContentType.JSON).body(Map.of("amount", 5, "currency", "XYZ"))
                .header("If-Match", "\"0\"").when().put("/api/v1/needs/" + training + "/requirement").then()
                .statusCode(400);
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body(Map.of("amount", 80000,
                "currency", "USD")).when().put("/api/v1/needs/" + secret + "/requirement").then().statusCode(200);

        // a donor's activity commits 150,000 and pays 90,000 toward the training; a pledge of 20,000 more
        UUID activity = UUID.randomUUID();
        ActivitySnapshot snapshot = new ActivitySnapshot(activity, "XM-DAC-7-" + activity, "XM-DAC-7", Map.of("en",
                "MLA training"), Map.of("en", "Workshops"), "2", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 12, 1),
                null, null, List.of(new ActivitySnapshot.Participant("XM-DAC-7", "Donor ministry", "1")),
                List.of(new ActivitySnapshot.Recipient(country, BigDecimal.valueOf(100))), List.of(), List.of(),
                List.of("COOPERATION.CRIMINAL_MATTERS_TRAINING"), List.of("UNTOC"), List.of(), List.of(),
                List.of(training), null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(transaction("2", "150000"), transaction("3", "90000")), List.of());
        publish(Topics.REGISTRY_ACTIVITIES, country, activity.toString(), new ActivityRegistered(activity,
                snapshot.iatiIdentifier(), country, snapshot, Instant.now()));
        publish(Topics.REGISTRY_ACTIVITIES, country, UUID.randomUUID().toString(), new PledgeRecorded(UUID.randomUUID(),
                "XM-DAC-41114", country, training, null, null, null, new BigDecimal("20000.00"), "USD", "PLEDGED",
                Instant.now()));

        String donor = TestTokens.donor("XM-DAC-41114");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(donor).when()
                .get("/api/v1/funding/countries/" + country).then().statusCode(200)
                .body("needs.find { it.needId == '" + training + "' }.funding.pledged.USD", equalTo(20000.0f))
                .body("needs.find { it.needId == '" + training + "' }.funding.paid.USD", equalTo(90000.0f)));
        JsonPath view = given().auth().oauth2(donor).when().get("/api/v1/funding/countries/" + country).then()
                .extract().jsonPath();
        assertThat(view.getList("needs.needId")).containsExactly(training.toString()); // UNODC_ONLY: not the donor's
        assertThat(view.getFloat("needs[0].requirement.amount")).isEqualTo(200000.0f);
        assertThat(view.getFloat("needs[0].funding.committed.USD")).isEqualTo(60000.0f);
        assertThat(view.getFloat("needs[0].funding.funded.USD")).isEqualTo(150000.0f);
        assertThat(view.getDouble("needs[0].coverage")).isEqualTo(75.0);
        assertThat(view.getFloat("totals.required.USD")).isEqualTo(200000.0f);
        assertThat(view.getDouble("totals.coverage.USD")).isEqualTo(75.0);
        assertThat(view.getFloat("totals.byDonor.'XM-DAC-7'.funded.USD")).isEqualTo(150000.0f);
        assertThat(view.getString("asOf")).isNotNull();

        // the coordinator sees the UNODC-only need too, and its requirement in the country's total
        given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/funding/countries/" + country).then()
                .body("needs.needId", hasItem(secret.toString())).body("totals.required.USD", equalTo(280000.0f))
                .body("totals.coverage.USD", equalTo(53.6f));
        given().auth().oauth2(donor).when().get("/api/v1/funding/countries").then().statusCode(200)
                .body("countries.find { it.country == '" + country + "' }.required.USD", equalTo(200000.0f));
        given().auth().oauth2(donor).when().get("/api/v1/needs/" + secret).then().statusCode(404);
        given().auth().oauth2(focalPoint).contentType(ContentType.JSON).body(Map.of("amount", 1, "currency", "USD"))
                .header("If-Match", "\"0\"").when().put("/api/v1/needs/" + UUID.randomUUID() + "/requirement").then()
                .statusCode(404);
        given().when().get("/api/v1/funding/countries/" + country).then().statusCode(401);
        given().auth().oauth2(donor).when().get("/api/v1/funding/countries/NOWHERE").then().statusCode(400);
        given().auth().oauth2(TestTokens.focalPoint("FJI")).when().get("/api/v1/funding/countries/" + country).then()
                .statusCode(200).body("needs.needId", not(hasItem(secret.toString())));
    }
}
