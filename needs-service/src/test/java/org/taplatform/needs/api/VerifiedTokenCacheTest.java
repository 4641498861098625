package org.taplatform.needs.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.taplatform.events.SharingConsent;
import org.taplatform.events.survey.ResponseSubmitted;
import org.taplatform.events.survey.StatedNeed;
import org.taplatform.needs.need.NeedService;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestTokens;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A bearer token verified once is answered from the verified tokens' cache (reference-data's VerifiedTokens) on its
 * next requests, with the same roles and claims (a focal point's country); an expired token is refused though it was
 * cached; a token that differs in one character of its signature is not mistaken for the cached one.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class VerifiedTokenCacheTest {

    @Inject
    MeterRegistry meters;

    @Inject
    NeedService needs;

    @Test
    void shouldVerifyATokenOnceAndAnswerItsNextRequestsFromTheCache() {
        String token = TestTokens.token("cache-donor-1", Set.of("donor"), Map.of("organisation", "XI-IATI-CACHE1"));
        double hits = count("hit");
        double misses = count("miss");

        given().auth().oauth2(token).when().get("/api/v1/needs?country=KEN&limit=1").then().statusCode(200);
        assertThat(count("miss")).as("verified by quarkus-oidc the first time").isEqualTo(misses + 1);
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).when().get("/api/v1/needs?country=KEN&limit=1").then().statusCode(200);
        }
        assertThat(count("hit")).as("the next three from the cache").isEqualTo(hits + 3);
        assertThat(count("miss")).isEqualTo(misses + 1);
    }

    @Test
    void shouldKeepTheRolesOfACachedToken() {
        String donor = TestTokens.token("cache-donor-2", Set.of("donor"), Map.of("organisation", "XI-IATI-CACHE2"));
        given().auth().oauth2(donor).when().get("/api/v1/needs?country=KEN&limit=1").then().statusCode(200);
        double hits = count("hit");

        given().auth().oauth2(donor).when().get("/api/v1/dead-letters").then().statusCode(403);
        assertThat(count("hit")).as("refused with the cached identity's roles").isEqualTo(hits + 1);
        given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/dead-letters").then().statusCode(200);
    }

    @Test
    void shouldKeepTheCountryOfACachedFocalPointsToken() {
        UUID unodcOnly = UUID.randomUUID();
        ResponseSubmitted response = new ResponseSubmitted(UUID.randomUUID(), UUID.randomUUID(), "MLI", "UNTOC", 1, 1,
                "fr", "focal-mli", Instant.now(), List.of(new StatedNeed(unodcOnly, "LEGAL.CASEWORK", null, null,
                        List.of(), "HIGH", "kept for UNODC", SharingConsent.UNODC_ONLY)));
        QuarkusTransaction.requiringNew().run(() -> needs.registerStatedNeeds(response));
        String mali = TestTokens.token("cache-focal-mli", Set.of("state-focal-point"), Map.of("country", "MLI"));
        String niger = TestTokens.token("cache-focal-ner", Set.of("state-focal-point"), Map.of("country", "NER"));
        given().auth().oauth2(mali).when().get("/api/v1/needs/" + unodcOnly).then().statusCode(200);
        given().auth().oauth2(niger).when().get("/api/v1/needs/" + unodcOnly).then().statusCode(404);
        double hits = count("hit");

        // from the cache, each token still speaks for its own country only
        given().auth().oauth2(niger).when().get("/api/v1/needs/" + unodcOnly).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(mali).when().get("/api/v1/needs/" + unodcOnly).then().statusCode(200);
        assertThat(count("hit")).isEqualTo(hits + 2);
    }

    @Test
    void shouldRefuseAnExpiredTokenThoughItWasCached() {
        String shortLived = TestTokens.token("cache-donor-3", Set.of("donor"), Map.of("organisation", "XI-IATI-CACHE3"),
                Duration.ofSeconds(2));
        given().auth().oauth2(shortLived).when().get("/api/v1/needs?country=KEN&limit=1").then().statusCode(200);
        given().auth().oauth2(shortLived).when().get("/api/v1/needs?country=KEN&limit=1").then().statusCode(200);

        // refused once expired (quarkus-oidc's default clock skew is none)
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250)).until(() -> given()
                .auth().oauth2(shortLived).when().get("/api/v1/needs?country=KEN&limit=1").then().extract()
                .statusCode() == 401);
        given().auth().oauth2(shortLived).when().get("/api/v1/needs?country=KEN&limit=1").then().statusCode(401);
    }

    @Test
    void shouldRefuseATokenWhoseSignatureDiffersFromACachedOne() {
        String token = TestTokens.token("cache-donor-4", Set.of("donor"), Map.of("organisation", "XI-IATI-CACHE4"));
        given().auth().oauth2(token).when().get("/api/v1/needs?country=KEN&limit=1").then().statusCode(200);

        int last = token.length() - 2; // a character of the signature (not the last: its low bits may be padding)
        String forged = token.substring(0, last) + (token.charAt(last) == 'A' ? 'B' : 'A') + token.substring(last + 1);
        given().auth().oauth2(forged).when().get("/api/v1/needs?country=KEN&limit=1").then().statusCode(401);
        given().auth().oauth2(token).when().get("/api/v1/needs?country=KEN&limit=1").then().statusCode(200);
    }

    private double count(String result) {
        return meters.counter("ta.security.token.cache", "result", result).count();
    }
}
