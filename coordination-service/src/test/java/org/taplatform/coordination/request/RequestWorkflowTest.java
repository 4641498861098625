package org.taplatform.coordination.request;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
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
import org.taplatform.events.coordination.OfferAccepted;
import org.taplatform.events.coordination.OfferChanged;
import org.taplatform.events.coordination.TaRequestChanged;
import org.taplatform.events.needs.NeedRegistered;
import org.taplatform.events.registry.ActivityRegistered;
import org.taplatform.events.registry.ActivitySnapshot;
import org.taplatform.events.registry.OrganisationRegistered;
import org.taplatform.testsupport.KafkaTestClient;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestTokens;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A State's request from submission to the registry's activity: forwarded, two offers, one accepted and the other
 * declined with notice, each step audited and evented; with the forbidden and illegal cases along the way.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class RequestWorkflowTest {

    @Inject
    ObjectMapper json;

    private void publish(String topic, String key, String subject, EventContract event) throws Exception {
        KafkaTestClient.send(topic, key, json.writeValueAsString(event),
                KafkaTestClient.cloudEventHeaders(UUID.randomUUID().toString(), event.eventType(), subject));
    }

    private UUID need(String country) throws Exception {
        UUID id = UUID.randomUUID();
        publish(Topics.NEEDS, country, id.toString(), new NeedRegistered(id, country, "UNTOC", "18", "LEGAL",
                "LEGAL.DRAFTING", null, List.of(), "Regulations for mutual legal assistance", "HIGH", NeedSource.SURVEY,
                SharingConsent.PROVIDERS_AND_DONORS, null, null, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.coordinator())
                .when().get("/api/v1/needs/" + id).then().statusCode(200));
        return id;
    }

    private String organisation() throws Exception {
        String identifier = "XI-TEST-REQ-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        publish(Topics.REGISTRY_ORGANISATIONS, identifier, identifier, new OrganisationRegistered(UUID.randomUUID(),
                identifier, "CIVIL_SOCIETY", "21", Map.of("en", "Org " + identifier), List.of("MWI"), List.of(),
                List.of("en"), null, Instant.now()));
        return identifier;
    }

    private static String officer(String organisation) {
        return TestTokens.token("officer-" + organisation, Set.of("partner"), Map.of("organisation", organisation));
    }

    private static Map<String, Object> proposal(String title, int amount) {
        return Map.of("language", "en", "title", title, "scope", "Two drafting workshops and a review",
                "plannedStart", "2027-02-01", "plannedEnd", "2027-09-30",
                "budget", Map.of("amount", amount, "currency", "EUR"));
    }

    private List<String> published(String type, String subject) {
        return KafkaTestClient.readAll(Topics.COORDINATION_EVENTS).stream()
                .filter(r -> subject.equals(KafkaTestClient.header(r, "ce_subject")))
                .filter(r -> type.equals(KafkaTestClient.header(r, "ce_type"))).map(r -> r.value()).toList();
    }

    @Test
    void shouldTakeARequestFromTheStateToAnOfferAcceptedAndTheRegistrysActivity() throws Exception {
        UUID need = need("MWI");
        UUID otherCountrysNeed = need("ZMB");
        String first = organisation();
        String second = organisation();
        String bystander = organisation();
        await().atMost(Duration.ofSeconds(30)).until(() -> Boolean.TRUE.equals(io.quarkus.narayana.jta.QuarkusTransaction
                .requiringNew().call(() -> org.taplatform.coordination.provider.OrganisationReadModel
                        .count("identifier in ?1", List.of(first, second, bystander)) == 3)));

        // a focal point asks for its own country only, and for its country's needs only
        String malawi = TestTokens.focalPoint("MWI");
        given().auth().oauth2(TestTokens.focalPoint("ZMB")).contentType(ContentType.JSON)
                .body(Map.of("country", "MWI", "needIds", List.of(need), "summary", "help")).when()
                .post("/api/v1/requests").then().statusCode(403);
        given().auth().oauth2(malawi).contentType(ContentType.JSON)
                .body(Map.of("country", "MWI", "needIds", List.of(need, otherCountrysNeed), "summary", "help")).when()
                .post("/api/v1/requests").then().statusCode(400).body("violations.field", contains("needIds[1]"));
        String id = given().auth().oauth2(malawi).contentType(ContentType.JSON)
                .body(Map.of("country", "MWI", "needIds", List.of(need), "summary", "Regulations for the MLA act"))
                .when().post("/api/v1/requests").then().statusCode(201).header("ETag", "\"1\"")
                .body("status", equalTo("SUBMITTED")).extract().path("id");

        // organisations see nothing until it is forwarded to them; only a coordinator forwards
        given().auth().oauth2(officer(first)).contentType(ContentType.JSON).body(proposal("Drafting", 1000)).when()
                .post("/api/v1/requests/" + id + "/offers").then().statusCode(404);
        given().auth().oauth2(malawi).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("organisations", List.of(first))).when().post("/api/v1/requests/" + id + "/forward").then()
                .statusCode(403);
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("organisations", List.of(first, "XI-NOBODY"))).when()
                .post("/api/v1/requests/" + id + "/forward").then().statusCode(400)
                .body("violations.field", contains("organisations[1]"));
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("organisations", List.of(first, second), "note", "best matches")).when()
                .post("/api/v1/requests/" + id + "/forward").then().statusCode(200).body("status", equalTo("FORWARDED"))
                .body("forwardedTo", contains(first, second));

        // both offer; each sees only itself and its own offer; a bystander sees nothing
        given().auth().oauth2(officer(first)).contentType(ContentType.JSON)
                .body(Map.of("language", "en", "title", "x", "scope", "y", "plannedStart", "2027-09-01",
                        "plannedEnd", "2027-02-01"))
                .when().post("/api/v1/requests/" + id + "/offers").then().statusCode(400);
        String firstOffer = given().auth().oauth2(officer(first)).contentType(ContentType.JSON)
                .body(proposal("Drafting support", 85000)).when().post("/api/v1/requests/" + id + "/offers").then()
                .statusCode(201).body("offers", hasSize(1)).extract().path("offers[0].id");
        given().auth().oauth2(officer(first)).contentType(ContentType.JSON).body(proposal("Again", 1)).when()
                .post("/api/v1/requests/" + id + "/offers").then().statusCode(409);
        String secondOffer = given().auth().oauth2(officer(second)).contentType(ContentType.JSON)
                .body(proposal("Legal review", 60000)).when().post("/api/v1/requests/" + id + "/offers").then()
                .statusCode(201).body("offers.organisation", contains(second)).body("forwardedTo", contains(second))
                .extract().path("offers[0].id");
        given().auth().oauth2(officer(second)).contentType(ContentType.JSON).body(Map.of("reason", "not yours"))
                .when().post("/api/v1/requests/" + id + "/offers/" + firstOffer + "/withdraw").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(officer(bystander)).when().get("/api/v1/requests/" + id).then().statusCode(404);
        given().auth().oauth2(officer(bystander)).contentType(ContentType.JSON).body(proposal("Me too", 1)).when()
                .post("/api/v1/requests/" + id + "/offers").then().statusCode(404);
        given().auth().oauth2(officer(bystander)).when().get("/api/v1/requests").then().statusCode(200)
                .body("items.id", not(hasItem(id)));

        // another country's focal point cannot accept; a stale ETag is refused; then the State accepts the first
        int version = given().auth().oauth2(malawi).when().get("/api/v1/requests/" + id).then().statusCode(200)
                .body("offers", hasSize(2)).extract().path("version");
        given().auth().oauth2(TestTokens.focalPoint("ZMB")).header("If-Match", "\"" + version + "\"").when()
                .post("/api/v1/requests/" + id + "/offers/" + firstOffer + "/accept").then().statusCode(404);
        given().auth().oauth2(malawi).header("If-Match", "\"1\"").when()
                .post("/api/v1/requests/" + id + "/offers/" + firstOffer + "/accept").then().statusCode(412);
        given().auth().oauth2(officer(first)).header("If-Match", "\"" + version + "\"").when()
                .post("/api/v1/requests/" + id + "/offers/" + firstOffer + "/accept").then().statusCode(403);
        String activityIdentifier = given().auth().oauth2(malawi).header("If-Match", "\"" + version + "\"").when()
                .post("/api/v1/requests/" + id + "/offers/" + firstOffer + "/accept").then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("acceptedOfferId", equalTo(firstOffer))
                .body("offers.find { it.id == '" + secondOffer + "' }.status", equalTo("DECLINED"))
                .body("offers.find { it.id == '" + secondOffer + "' }.reason", equalTo("another offer was accepted"))
                .extract().path("activityIdentifier");
        assertThat(activityIdentifier).isEqualTo(first + "-TAR-" + firstOffer);

        // illegal now: 409 with a problem body, nothing changed
        int accepted = given().auth().oauth2(malawi).when().get("/api/v1/requests/" + id).then().extract().path("version");
        given().auth().oauth2(malawi).header("If-Match", "\"" + accepted + "\"").when()
                .post("/api/v1/requests/" + id + "/offers/" + secondOffer + "/accept").then().statusCode(409)
                .contentType("application/problem+json");
        given().auth().oauth2(malawi).header("If-Match", "\"" + accepted + "\"").contentType(ContentType.JSON)
                .body(Map.of("reason", "no longer needed")).when().post("/api/v1/requests/" + id + "/cancel").then()
                .statusCode(409).body("detail", containsString("ACCEPTED"));
        given().auth().oauth2(malawi).when().get("/api/v1/requests/" + id).then().body("version", equalTo(accepted))
                .body("status", equalTo("ACCEPTED"));

        // events: each transition once; the declined organisation is told; the registry is asked for the activity
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(published(TaRequestChanged.TYPE, id)).hasSize(3);
            assertThat(published(OfferChanged.TYPE, secondOffer)).hasSize(2)
                    .anySatisfy(v -> assertThat(v).contains("\"status\":\"DECLINED\""));
            assertThat(published(OfferAccepted.TYPE, firstOffer)).singleElement()
                    .satisfies(v -> assertThat(v).contains(activityIdentifier).contains("LEGAL.DRAFTING")
                            .contains("\"amount\":85000"));
        });
        // the need is MATCHED by the accepted offer
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.coordinator())
                .when().get("/api/v1/needs/" + need).then().body("coverage.status", equalTo("MATCHED"))
                .body("coverage.evidence[0]", containsString(first)));

        // the registry announces the activity: the request is fulfilled
        UUID activity = UUID.randomUUID();
        publish(Topics.REGISTRY_ACTIVITIES, "MWI", activity.toString(), new ActivityRegistered(activity,
                activityIdentifier, "MWI", new ActivitySnapshot(activity, activityIdentifier, first,
                        Map.of("en", "Drafting support"), Map.of("en", "Two drafting workshops"), "1",
                        LocalDate.of(2027, 2, 1), LocalDate.of(2027, 9, 30), null, null, List.of(),
                        List.of(new ActivitySnapshot.Recipient("MWI", BigDecimal.valueOf(100))), List.of(), List.of(),
                        List.of("LEGAL.DRAFTING"), List.of("UNTOC"), List.of(), List.of(), List.of(need), null),
                Instant.now()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(malawi).when()
                .get("/api/v1/requests/" + id).then().body("status", equalTo("FULFILLED"))
                .body("activityId", equalTo(activity.toString()))
                .body("history.findAll { it.offerId == null }.to", contains("SUBMITTED", "FORWARDED", "ACCEPTED", "FULFILLED")));
        // the declined organisation still sees its own offer's notice, and not the other's
        given().auth().oauth2(officer(second)).when().get("/api/v1/requests/" + id).then().statusCode(200)
                .body("offers", hasSize(1)).body("offers[0].status", equalTo("DECLINED"))
                .body("history.offerId", not(hasItem(firstOffer)));
    }

    @Test
    void shouldCancelARequestAndDeclineItsOpenOffersWithNotice() throws Exception {
        UUID need = need("MWI");
        String organisation = organisation();
        String id = given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("country", "MWI", "needIds", List.of(need), "summary", "x")).when()
                .post("/api/v1/requests").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/requests?country=MWI&status=SUBMITTED")
                .then().statusCode(200).body("items.id", hasItem(id));
        // the organisation reaches the read model asynchronously: forwarding to it is refused (400) until then
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.coordinator())
                .contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("organisations", List.of(organisation)))
                .when().post("/api/v1/requests/" + id + "/forward").then().statusCode(200));
        String offer = given().auth().oauth2(officer(organisation)).contentType(ContentType.JSON)
                .body(proposal("Drafting", 5000)).when().post("/api/v1/requests/" + id + "/offers").then()
                .statusCode(201).extract().path("offers[0].id");
        given().auth().oauth2(TestTokens.focalPoint("MWI")).header("If-Match", "\"3\"").contentType(ContentType.JSON)
                .body(Map.of("reason", "National funding found")).when().post("/api/v1/requests/" + id + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED"))
                .body("offers[0].status", equalTo("DECLINED"))
                .body("offers[0].reason", equalTo("the request was cancelled: National funding found"));
        given().auth().oauth2(officer(organisation)).contentType(ContentType.JSON).body(Map.of("reason", "late"))
                .when().post("/api/v1/requests/" + id + "/offers/" + offer + "/withdraw").then().statusCode(409);
        given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/requests?status=FORWARDED&limit=501")
                .then().statusCode(400).body("violations.field", hasItem("limit"));
    }
}
