package org.taplatform.registry.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.taplatform.events.Topics;
import org.taplatform.events.coordination.OfferAccepted;
import org.taplatform.events.registry.ActivityRegistered;
import org.taplatform.registry.support.RegistryFixtures;
import org.taplatform.testsupport.KafkaTestClient;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestTokens;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** An offer a State accepted in coordination-service becomes an activity in the registry, once. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class AcceptedOffersTest {

    @Inject
    ObjectMapper json;

    @Test
    void shouldRegisterTheAcceptedOffersActivityInPipelineOnceAndAnnounceIt() throws Exception {
        String organisation = RegistryFixtures.organisation("CIVIL_SOCIETY", "MWI");
        UUID offer = UUID.randomUUID();
        UUID need = UUID.randomUUID();
        String identifier = organisation + "-TAR-" + offer;
        OfferAccepted accepted = new OfferAccepted(UUID.randomUUID(), offer, "MWI", organisation, identifier,
                List.of(need), List.of("LEGAL.DRAFTING"), List.of("UNTOC"), "en", "Drafting support",
                "Two drafting workshops and a review", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 9, 30),
                new BigDecimal("85000"), "EUR", "focal-point-mwi", Instant.now());
        String payload = json.writeValueAsString(accepted);
        KafkaTestClient.send(Topics.COORDINATION_EVENTS, "MWI", payload,
                KafkaTestClient.cloudEventHeaders(UUID.randomUUID().toString(), OfferAccepted.TYPE, offer.toString()));
        // delivered again under another event id (a producer retry upstream): still one activity
        KafkaTestClient.send(Topics.COORDINATION_EVENTS, "MWI", payload,
                KafkaTestClient.cloudEventHeaders(UUID.randomUUID().toString(), OfferAccepted.TYPE, offer.toString()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.coordinator())
                .when().get("/api/v1/activities?organisation=" + organisation).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].activity.iatiIdentifier", equalTo(identifier))
                .body("items[0].activity.status", equalTo("1")).body("items[0].activity.needIds", contains(need.toString()))
                .body("items[0].activity.taSubtypes", contains("LEGAL.DRAFTING")).body("items[0].activity.titles.en", equalTo("Drafting support"))
                .body("items[0].activity.participants[0].role", equalTo("4")).body("items[0].activity.budget.currency", equalTo("EUR"))
                .body("items[0].createdBy", equalTo(AcceptedOffers.ACTOR)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(KafkaTestClient
                .readAll(Topics.REGISTRY_ACTIVITIES).stream()
                .filter(r -> ActivityRegistered.TYPE.equals(KafkaTestClient.header(r, "ce_type")))
                .filter(r -> r.value().contains("\"iatiIdentifier\":\"" + identifier + "\"")).toList()).hasSize(1));
    }
}
