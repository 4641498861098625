package org.taplatform.coordination.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.taplatform.events.NeedSource;
import org.taplatform.events.SharingConsent;
import org.taplatform.events.Topics;
import org.taplatform.events.needs.NeedRegistered;
import org.taplatform.testsupport.KafkaTestClient;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Webhooks delivered to a real HTTP receiver on 127.0.0.1 (the one host the test profile exempts from the SSRF
 * guard): signed as Standard Webhooks, within the State's consent, retried with backoff, dead-lettered, sent again.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class WebhookDeliveryTest {

    /** What the receiver got: path, headers we check, body. */
    record Received(String path, String id, String timestamp, String signature, String body) {
    }

    static HttpServer receiver;
    static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    /** Per path: how many more requests to answer 500 before 204 (-1: always 503). */
    static final Map<String, AtomicInteger> FAILURES = new ConcurrentHashMap<>();

    @Inject
    ObjectMapper json;

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            RECEIVED.add(new Received(path, exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"), body));
            AtomicInteger failures = FAILURES.get(path);
            int status = failures == null ? 204 : failures.get() < 0 ? 503 : failures.getAndDecrement() > 0 ? 500 : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop(0);
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
    }

    private static String donor(String organisation) {
        return TestTokens.token("donor-" + organisation, Set.of("donor"), Map.of("organisation", organisation));
    }

    private static List<Received> at(String path) {
        return RECEIVED.stream().filter(r -> r.path().equals(path)).toList();
    }

    private UUID need(String country, SharingConsent consent) throws Exception {
        UUID id = UUID.randomUUID();
        NeedRegistered event = new NeedRegistered(id, country, "UNTOC", "18", "LEGAL", "LEGAL.DRAFTING", null,
                List.of(), "Regulations", "HIGH", NeedSource.SURVEY, consent, null, null, Instant.now());
        KafkaTestClient.send(Topics.NEEDS, country, json.writeValueAsString(event),
                KafkaTestClient.cloudEventHeaders(UUID.randomUUID().toString(), event.eventType(), id.toString()));
        return id;
    }

    private Map<String, Object> subscription(String path, String country) {
        return Map.of("callbackUrl", url(path), "kinds", List.of("NEED"), "countries", List.of(country),
                "description", "test");
    }

    @Test
    void shouldDeliverSignedNoticesOfNeedsTheSubscriberMaySeeAndKeepALog() throws Exception {
        String organisation = "XI-TEST-DONOR-" + UUID.randomUUID().toString().substring(0, 8);
        String path = "/ok-" + organisation;
        var created = given().auth().oauth2(donor(organisation)).contentType(ContentType.JSON)
                .body(subscription(path, "TGO")).when().post("/api/v1/subscriptions").then().statusCode(201)
                .body("subscription.kinds", contains("NEED")).extract();
        String id = created.path("subscription.id");
        String secret = created.path("secret");

        UUID hidden = need("TGO", SharingConsent.UNODC_ONLY);
        UUID shared = need("TGO", SharingConsent.PROVIDERS_AND_DONORS);
        await().atMost(Duration.ofSeconds(30)).until(() -> at(path).size() >= 1);
        Received received = at(path).get(0);
        // one partition per country: the hidden need came first and was not sent
        assertThat(at(path)).hasSize(1);
        JsonNode body = json.readTree(received.body());
        assertThat(body.path("type").asText()).isEqualTo(NeedRegistered.TYPE);
        assertThat(body.path("data").path("needId").asText()).isEqualTo(shared.toString()).isNotEqualTo(hidden.toString());
        // the receiver verifies the signature with the secret it was given
        assertThat(received.signature()).isEqualTo(WebhookSignature.sign(secret, received.id(),
                Long.parseLong(received.timestamp()), received.body()));
        assertThat(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(received.timestamp()))).isLessThan(60);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().auth().oauth2(donor(organisation)).when()
                .get("/api/v1/subscriptions/" + id + "/deliveries").then().statusCode(200)
                .body("items.status", contains("DELIVERED")).body("items[0].webhookId", equalTo(received.id()))
                .body("items[0].log.statusCode", contains(204)));
        // the secret is shown once; another organisation sees neither the subscription nor its log
        given().auth().oauth2(donor(organisation)).when().get("/api/v1/subscriptions/" + id).then().statusCode(200)
                .body("secret", equalTo(null)).body("callbackUrl", equalTo(url(path)));
        given().auth().oauth2(donor("XI-TEST-OTHER-DONOR")).when().get("/api/v1/subscriptions/" + id).then()
                .statusCode(404);
        given().auth().oauth2(donor("XI-TEST-OTHER-DONOR")).when().get("/api/v1/subscriptions/" + id + "/deliveries")
                .then().statusCode(404);
        given().auth().oauth2(donor("XI-TEST-OTHER-DONOR")).when().delete("/api/v1/subscriptions/" + id).then()
                .statusCode(404);
    }

    @Test
    void shouldRetryWithBackoffThenDeadLetterAndSendAgainOnRequest() throws Exception {
        String organisation = "XI-TEST-PARTNER-" + UUID.randomUUID().toString().substring(0, 8);
        String flaky = "/flaky-" + organisation;
        String down = "/down-" + organisation;
        FAILURES.put(flaky, new AtomicInteger(2));
        FAILURES.put(down, new AtomicInteger(-1));
        String token = donor(organisation);
        String flakyId = given().auth().oauth2(token).contentType(ContentType.JSON).body(subscription(flaky, "NER"))
                .when().post("/api/v1/subscriptions").then().statusCode(201).extract().path("subscription.id");
        String downId = given().auth().oauth2(token).contentType(ContentType.JSON).body(subscription(down, "NER"))
                .when().post("/api/v1/subscriptions").then().statusCode(201).extract().path("subscription.id");
        need("NER", SharingConsent.PUBLIC);

        // two failures, then delivered: three attempts, the same webhook-id each time
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(token).when()
                .get("/api/v1/subscriptions/" + flakyId + "/deliveries").then()
                .body("items[0].status", equalTo("DELIVERED")).body("items[0].log.statusCode", contains(500, 500, 204)));
        assertThat(at(flaky).stream().map(Received::id).distinct()).hasSize(1);
        // always down: dead after the third attempt
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(token).when()
                .get("/api/v1/subscriptions/" + downId + "/deliveries?status=DEAD").then()
                .body("items[0].attempts", equalTo(3)).body("items[0].lastError", containsString("503")));
        String dead = given().auth().oauth2(token).when().get("/api/v1/subscriptions/" + downId + "/deliveries")
                .then().extract().path("items[0].id");
        given().auth().oauth2(token).when().post("/api/v1/subscriptions/" + flakyId + "/deliveries/" + dead
                + "/redeliver").then().statusCode(404);
        FAILURES.remove(down); // the receiver is back
        given().auth().oauth2(token).when().post("/api/v1/subscriptions/" + downId + "/deliveries/" + dead
                + "/redeliver").then().statusCode(200).body("status", equalTo("PENDING"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(token).when()
                .get("/api/v1/subscriptions/" + downId + "/deliveries").then()
                .body("items[0].status", equalTo("DELIVERED")).body("items[0].log.statusCode", contains(503, 503, 503, 204)));
        given().auth().oauth2(token).when().post("/api/v1/subscriptions/" + downId + "/deliveries/" + dead
                + "/redeliver").then().statusCode(409);

        // ended: nothing more is queued
        given().auth().oauth2(token).when().delete("/api/v1/subscriptions/" + flakyId).then().statusCode(204);
        int before = at(flaky).size();
        need("NER", SharingConsent.PUBLIC);
        await().atMost(Duration.ofSeconds(30)).until(() -> at(down).size() == 5);
        assertThat(at(flaky)).hasSize(before);
    }

    @Test
    void shouldRefuseTargetsThatAreNotPublicHttpAndOversizedFilters() {
        String token = donor("XI-TEST-SSRF");
        for (String target : List.of("ftp://example.org/hook", "http://10.0.0.1/hook",
                "http://169.254.169.254/latest/meta-data/", "http://localhost:8084/api/v1/needs")) {
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("callbackUrl", target, "kinds", List.of("NEED"))).when().post("/api/v1/subscriptions")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", hasItem("callbackUrl"));
        }
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("callbackUrl", url("/x"), "kinds", List.of(), "countries",
                        Collections.nCopies(251, "KEN")))
                .when().post("/api/v1/subscriptions").then().statusCode(400)
                .body("violations.field", hasItem("kinds")).body("violations.field", hasItem("countries"));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("callbackUrl", url("/x"), "kinds", List.of("EVERYTHING"))).when()
                .post("/api/v1/subscriptions").then().statusCode(400);
        given().auth().oauth2(TestTokens.focalPoint("KEN")).contentType(ContentType.JSON)
                .body(Map.of("callbackUrl", url("/x"), "kinds", List.of("NEED"))).when().post("/api/v1/subscriptions")
                .then().statusCode(403);
        given().auth().oauth2(token).when().get("/api/v1/subscriptions").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }
}
