package org.taplatform.needs.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.taplatform.needs.need.ManualNeedResourceTest;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestTokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * Rate limits with small allowances (the other tests run without them): a client over its allowance of changes gets
 * 429 with Retry-After and changes nothing, while another client goes on; an address over its allowance of costly
 * reads (exports, analysis) gets 429 whoever asks from it; cheap reads are never limited. The buckets are rows of the
 * service's database, so every replica counts the same requests.
 */
@QuarkusTest
@TestProfile(RateLimitTest.SmallAllowances.class)
@WithTestResource(TestInfrastructure.class)
class RateLimitTest {

    public static class SmallAllowances implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ta.rate-limit.enabled", "true",
                    "ta.rate-limit.writes.per-client", "3", "ta.rate-limit.writes.per-address", "1000",
                    "ta.rate-limit.costly-reads.per-client", "1000", "ta.rate-limit.costly-reads.per-address", "4");
        }
    }

    private static Response record(String token, String description) {
        var body = new java.util.HashMap<String, Object>(ManualNeedResourceTest.request("KIR", "UNTOC", "LEGAL.DRAFTING"));
        body.put("description", description);
        return given().auth().oauth2(token).contentType("application/json").body(body).when().post("/api/v1/needs");
    }

    @Test
    void shouldRefuseAClientsChangesBeyondItsAllowanceAndLetOthersGoOn() {
        String busy = TestTokens.withRoles("busy-coordinator", "coordinator");
        for (int i = 0; i < 3; i++) {
            record(busy, "rate limit " + i).then().statusCode(201);
        }
        record(busy, "rate limit over").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*"))
                .body("type", containsString("too-many-requests"))
                .body("detail", containsString("nothing was changed"));
        given().auth().oauth2(TestTokens.coordinator()).queryParam("country", "KIR").queryParam("q", "rate limit over")
                .when().get("/api/v1/needs").then().statusCode(200).body("items.size()", equalTo(0));

        record(TestTokens.withRoles("other-coordinator", "coordinator"), "another client").then().statusCode(201);
        for (int i = 0; i < 10; i++) { // cheap reads are not limited
            given().auth().oauth2(busy).queryParam("country", "KIR").when().get("/api/v1/needs").then().statusCode(200);
        }
    }

    @Test
    void shouldRefuseCostlyReadsFromOneAddressBeyondItsAllowanceWhoeverAsks() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            statuses.add(given().when().get("/api/v1/analysis/needs/by-ta-type").statusCode());
        }
        assertThat(statuses).containsOnly(200);
        given().when().get("/api/v1/analysis/needs/by-ta-type").then().statusCode(429).header("Retry-After",
                org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/needs/export.csv").then().statusCode(429);
    }
}
