package org.taplatform.coordination.matching;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItems;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
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
import org.taplatform.events.registry.ActivityRegistered;
import org.taplatform.events.registry.ActivitySnapshot;
import org.taplatform.events.registry.CapabilityChanged;
import org.taplatform.events.registry.OrganisationRegistered;
import org.taplatform.events.registry.OrganisationUpdated;
import org.taplatform.events.registry.PledgeRecorded;
import org.taplatform.testsupport.KafkaTestClient;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestTokens;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Matching over the read models the events built, within the State's consent. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class MatchResourceTest {

    @Inject
    ObjectMapper json;

    private void publish(String topic, String key, String subject, EventContract event) throws Exception {
        KafkaTestClient.send(topic, key, json.writeValueAsString(event),
                KafkaTestClient.cloudEventHeaders(UUID.randomUUID().toString(), event.eventType(), subject));
    }

    private String organisation(String name, List<String> countries, List<String> languages,
            CapabilityChanged.Capability capability) throws Exception {
        String identifier = "XI-TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        publish(Topics.REGISTRY_ORGANISATIONS, identifier, identifier, new OrganisationRegistered(UUID.randomUUID(),
                identifier, "CIVIL_SOCIETY", "21", Map.of("en", name), countries, List.of(), languages, null, Instant.now()));
        publish(Topics.REGISTRY_ORGANISATIONS, identifier, identifier, new CapabilityChanged(UUID.randomUUID(),
                identifier, List.of(capability), Instant.now()));
        return identifier;
    }

    static CapabilityChanged.Capability capability(String subtype) {
        return new CapabilityChanged.Capability(UUID.randomUUID(), subtype, List.of("UNTOC"), List.of("WORKSHOP"),
                List.of(), List.of(), List.of(), null);
    }

    private UUID need(String country, SharingConsent consent) throws Exception {
        UUID id = UUID.randomUUID();
        publish(Topics.NEEDS, country, id.toString(), new NeedRegistered(id, country, "UNTOC", "18", "TRAINING",
                "TRAINING.JUSTICE_OFFICIALS", null, List.of("JUDGES"), "Training of judges", "HIGH", NeedSource.SURVEY,
                consent, null, null, Instant.now()));
        return id;
    }

    @Test
    void shouldRankOrganisationsForANeedAndExplainEachScore() throws Exception {
        UUID need = need("GHA", SharingConsent.PROVIDERS_AND_DONORS);
        String local = organisation("Accra Justice Academy", List.of("GHA"), List.of("en"),
                capability("TRAINING.JUSTICE_OFFICIALS"));
        String distant = organisation("Far Institute", List.of("PER"), List.of("es"),
                capability("TRAINING.INSTITUTION_BUILDING"));
        organisation("Database Builders", List.of("GHA"), List.of("en"), capability("DATA.DATABASE"));
        // limited to South-East Asia, though it names Ghana among its countries: it cannot deliver there
        organisation("South-East Asia Office", List.of("GHA", "THA"), List.of("en"), new CapabilityChanged.Capability(
                UUID.randomUUID(), "TRAINING.JUSTICE_OFFICIALS", List.of("UNTOC"), List.of("WORKSHOP"), List.of("035"),
                List.of(), List.of("en"), null));
        // a donor with a capability of the subtype that only funded the local academy's work: funding, not experience
        String funder = organisation("Ghana Rule of Law Fund", List.of(), List.of("fr"),
                new CapabilityChanged.Capability(UUID.randomUUID(), "TRAINING.JUSTICE_OFFICIALS", List.of("TIP"),
                        List.of("FUNDING"), List.of(), List.of(), List.of("fr"), null));
        UUID activity = UUID.randomUUID();
        ActivitySnapshot byLocal = new ActivitySnapshot(activity, local + "-1", local, Map.of("en", "Judges' training"),
                Map.of("en", "Workshops"), "4", java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2025, 6, 30),
                null, null, List.of(new ActivitySnapshot.Participant(funder, "Fund", "1"),
                        new ActivitySnapshot.Participant(local, "Academy", "4")),
                List.of(new ActivitySnapshot.Recipient("GHA", BigDecimal.valueOf(100))), List.of(),
                List.of(new ActivitySnapshot.Sector("15130", BigDecimal.valueOf(100))),
                List.of("TRAINING.JUSTICE_OFFICIALS"), List.of("UNTOC"), List.of(), List.of(), List.of(), null);
        publish(Topics.REGISTRY_ACTIVITIES, "GHA", activity.toString(), new ActivityRegistered(activity, local + "-1",
                "GHA", byLocal, Instant.now()));
        publish(Topics.REGISTRY_ACTIVITIES, "GHA", UUID.randomUUID().toString(), new PledgeRecorded(UUID.randomUUID(),
                local, "GHA", need, null, null, null, new BigDecimal("40000.00"), "USD", "PLEDGED", Instant.now()));

        String donor = TestTokens.donor("XM-DAC-41114");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(donor).when()
                .get("/api/v1/needs/" + need + "/matches").then().statusCode(200)
                .body("items.organisation", equalTo(List.of(local, funder, distant)))
                .body("items[0].score", equalTo(100.0f))
                .body("items[0].reasons.component", hasItem("experience"))
                .body("items[1].reasons.find { it.component == 'experience' }.fit", equalTo(0.0f))
                .body("items[1].reasons.find { it.component == 'funding' }.why",
                        equalTo("funded similar work: activity " + local + "-1 of TRAINING.JUSTICE_OFFICIALS in GHA"))
                .body("items[1].reasons.find { it.component == 'presence' }.why", containsString("offers it anywhere"))
                .body("items[0].reasons.find { it.component == 'funding' }.why", equalTo("pledged 40000.00 USD to this need"))
                .body("items[2].reasons.find { it.component == 'capability' }.fit", equalTo(0.5f)));
    }

    @Test
    void shouldShowWhetherAnOrganisationIsVerifiedAndNoLongerMatchAMergedDuplicate() throws Exception {
        // a subtype no other test matches on, so that these two organisations appear in no other ranking
        UUID need = UUID.randomUUID();
        publish(Topics.NEEDS, "LSO", need.toString(), new NeedRegistered(need, "LSO", "UNTOC", "16", "COOPERATION",
                "COOPERATION.EXTRADITION_LEGAL_BASIS", null, List.of(), "Extradition on the Convention", "HIGH",
                NeedSource.SURVEY, SharingConsent.PROVIDERS_AND_DONORS, null, null, Instant.now()));
        String verified = organisation("Maseru Judicial Institute", List.of("LSO"), List.of("en"),
                capability("COOPERATION.EXTRADITION_LEGAL_BASIS"));
        String duplicate = organisation("Maseru Judicial Institute (country office)", List.of("LSO"), List.of("en"),
                capability("COOPERATION.EXTRADITION_LEGAL_BASIS"));
        String coordinator = TestTokens.coordinator();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(coordinator).when()
                .get("/api/v1/needs/" + need + "/matches").then().statusCode(200)
                .body("items.organisation", hasItems(verified, duplicate))
                .body("items.find { it.organisation == '" + verified + "' }.verification", equalTo("UNVERIFIED")));
        publish(Topics.REGISTRY_ORGANISATIONS, verified, verified, new OrganisationUpdated(UUID.randomUUID(), verified,
                "CIVIL_SOCIETY", "21", Map.of("en", "Maseru Judicial Institute"), List.of("LSO"), List.of(),
                List.of("en"), null, 1, Instant.now(), "VERIFIED", null));
        publish(Topics.REGISTRY_ORGANISATIONS, duplicate, duplicate, new OrganisationUpdated(UUID.randomUUID(),
                duplicate, "CIVIL_SOCIETY", "21", Map.of("en", "Maseru Judicial Institute (country office)"),
                List.of("LSO"), List.of(), List.of("en"), null, 1, Instant.now(), "UNVERIFIED", verified));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(coordinator).when()
                .get("/api/v1/needs/" + need + "/matches").then().statusCode(200)
                .body("items.find { it.organisation == '" + verified + "' }.verification", equalTo("VERIFIED"))
                .body("items.organisation", not(hasItem(duplicate))));
    }

    @Test
    void shouldMatchOnlyNeedsTheCallerMaySee() throws Exception {
        UUID kept = need("NER", SharingConsent.UNODC_ONLY);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.coordinator())
                .when().get("/api/v1/needs/" + kept + "/matches").then().statusCode(200));
        given().auth().oauth2(TestTokens.donor("XM-DAC-41114")).when().get("/api/v1/needs/" + kept + "/matches")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.focalPoint("NER")).when().get("/api/v1/needs/" + kept + "/matches")
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.withRoles("analyst", "analyst")).when()
                .get("/api/v1/needs/" + kept + "/matches").then().statusCode(403);
        given().auth().oauth2(TestTokens.coordinator()).queryParam("limit", 0).when()
                .get("/api/v1/needs/" + kept + "/matches").then().statusCode(400);
    }

    @Test
    void shouldListTheNeedsAnOrganisationCouldAnswerWithinConsent() throws Exception {
        UUID shared = need("CPV", SharingConsent.PROVIDERS_AND_DONORS);
        UUID kept = need("CPV", SharingConsent.UNODC_ONLY);
        String academy = organisation("Praia Judicial Academy", List.of("CPV"), List.of("pt"),
                capability("TRAINING.JUSTICE_OFFICIALS"));
        String ownToken = TestTokens.token("officer", java.util.Set.of("partner"), Map.of("organisation", academy));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.coordinator())
                .when().get("/api/v1/organisations/" + academy + "/matches?country=CPV").then().statusCode(200)
                .body("items.needId", hasItem(kept.toString())).body("items.needId", hasItem(shared.toString())));
        given().auth().oauth2(ownToken).when().get("/api/v1/organisations/" + academy + "/matches?country=CPV").then()
                .statusCode(200).body("items.needId", hasItem(shared.toString()))
                .body("items.needId", org.hamcrest.Matchers.not(hasItem(kept.toString())))
                .body("items[0].reasons.component", hasItem("capability")).body("items[0].score", org.hamcrest.Matchers.greaterThan(50f));
        given().auth().oauth2(TestTokens.token("other", java.util.Set.of("partner"), Map.of("organisation", "XI-OTHER")))
                .when().get("/api/v1/organisations/" + academy + "/matches").then().statusCode(403);
        given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/organisations/XI-NOBODY/matches").then()
                .statusCode(404);
        given().auth().oauth2(TestTokens.focalPoint("CPV")).when().get("/api/v1/organisations/" + academy + "/matches")
                .then().statusCode(403);
    }

    @Test
    void shouldProposeTheBestOrganisationsForANewNeedOnce() throws Exception {
        String academy = organisation("Lomé Judicial Academy", List.of("STP"), List.of("pt"),
                capability("TRAINING.JUSTICE_OFFICIALS"));
        await().atMost(Duration.ofSeconds(30)).until(() -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> org.taplatform.coordination.provider.CapabilityReadModel.count("organisation", academy)) == 1);
        UUID need = need("STP", SharingConsent.PROVIDERS_AND_DONORS);
        java.util.function.Supplier<List<String>> proposals = () -> KafkaTestClient.readAll(Topics.COORDINATION_EVENTS)
                .stream().filter(r -> need.toString().equals(KafkaTestClient.header(r, "ce_subject")))
                .filter(r -> org.taplatform.events.coordination.MatchProposed.TYPE.equals(KafkaTestClient.header(r, "ce_type")))
                .map(r -> r.value()).toList();
        await().atMost(Duration.ofSeconds(30)).until(() -> proposals.get().stream().anyMatch(v -> v.contains(academy)));
        org.assertj.core.api.Assertions.assertThat(proposals.get()).filteredOn(v -> v.contains(academy)).singleElement()
                .satisfies(v -> org.assertj.core.api.Assertions.assertThat(v).contains("\"reasons\":[\"capability: ")
                        .contains("\"consent\":\"PROVIDERS_AND_DONORS\""));
        // the need changes: the same organisation is not proposed again
        publish(Topics.NEEDS, "STP", need.toString(), new org.taplatform.events.needs.NeedUpdated(need, "STP", "UNTOC",
                "18", "TRAINING", "TRAINING.JUSTICE_OFFICIALS", null, List.of("JUDGES"), "Training of judges, again",
                "MEDIUM", NeedSource.SURVEY, SharingConsent.PROVIDERS_AND_DONORS, "OPEN", null, null, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.coordinator())
                .when().get("/api/v1/needs/" + need).then().body("priority", equalTo("MEDIUM")));
        org.assertj.core.api.Assertions.assertThat(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> MatchProposal.count("needId", need))).isEqualTo(proposals.get().size());
        org.assertj.core.api.Assertions.assertThat(proposals.get()).filteredOn(v -> v.contains(academy)).hasSize(1);
    }
}
