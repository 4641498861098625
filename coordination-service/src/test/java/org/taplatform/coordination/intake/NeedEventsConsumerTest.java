package org.taplatform.coordination.intake;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.taplatform.events.NeedSource;
import org.taplatform.events.SharingConsent;
import org.taplatform.events.Topics;
import org.taplatform.events.needs.NeedRegistered;
import org.taplatform.events.needs.NeedWithdrawn;
import org.taplatform.testsupport.KafkaTestClient;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestTokens;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class NeedEventsConsumerTest {

    @Inject
    ObjectMapper json;

    @Test
    void shouldServeARegisteredNeedWithinTheStatesConsent() throws Exception {
        UUID needId = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), registered(needId, "PER", "HIGH", SharingConsent.UNODC_ONLY));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.coordinator())
                .when().get("/api/v1/needs/" + needId).then().statusCode(200)
                .body("country", equalTo("PER")).body("taSubtype", equalTo("LEGAL.DRAFTING")));
        given().auth().oauth2(TestTokens.donor("XM-DAC-41114")).when().get("/api/v1/needs/" + needId)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.focalPoint("PER")).when().get("/api/v1/needs/" + needId).then().statusCode(200);
        given().when().get("/api/v1/needs/" + needId).then().statusCode(401);
    }

    @Test
    void shouldApplyTheSameEventOnceWhenDeliveredTwice() throws Exception {
        String eventId = UUID.randomUUID().toString();
        UUID needId = UUID.randomUUID();
        publish(eventId, registered(needId, "BOL", "HIGH", SharingConsent.PUBLIC));
        // a redelivery of the same event id must change nothing, whatever it carries
        publish(eventId, registered(needId, "BOL", "LOW", SharingConsent.PUBLIC));
        UUID marker = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), registered(marker, "BOL", "LOW", SharingConsent.PUBLIC));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.coordinator())
                .when().get("/api/v1/needs/" + marker).then().statusCode(200));
        given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/needs/" + needId)
                .then().statusCode(200).body("priority", equalTo("HIGH"));
    }

    @Test
    void shouldFollowAWithdrawnNeed() throws Exception {
        UUID needId = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), registered(needId, "ECU", "HIGH", SharingConsent.PUBLIC));
        NeedWithdrawn withdrawn = new NeedWithdrawn(needId, "ECU", SharingConsent.PUBLIC, "no longer stated", Instant.now());
        KafkaTestClient.send(Topics.NEEDS, "ECU", json.writeValueAsString(withdrawn),
                KafkaTestClient.cloudEventHeaders(UUID.randomUUID().toString(), NeedWithdrawn.TYPE, needId.toString()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.coordinator())
                .when().get("/api/v1/needs/" + needId).then().statusCode(200).body("status", equalTo("WITHDRAWN")));
    }

    private static NeedRegistered registered(UUID needId, String country, String priority, SharingConsent consent) {
        return new NeedRegistered(needId, country, "UNTOC", "5", "LEGAL", "LEGAL.DRAFTING", "MUTUAL_LEGAL_ASSISTANCE",
                java.util.List.of("PROSECUTORS"), "test", priority, NeedSource.SURVEY, consent, UUID.randomUUID(),
                UUID.randomUUID(), Instant.now());
    }

    private void publish(String eventId, NeedRegistered need) throws Exception {
        KafkaTestClient.send(Topics.NEEDS, need.country(), json.writeValueAsString(need),
                KafkaTestClient.cloudEventHeaders(eventId, NeedRegistered.TYPE, need.needId().toString()));
    }
}
