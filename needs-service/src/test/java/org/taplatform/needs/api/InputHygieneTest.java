package org.taplatform.needs.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.taplatform.needs.need.ManualNeedResourceTest;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestTokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;

/**
 * A NUL or another control character anywhere a client can put one (path, query, JSON string) is a 400 problem that
 * names where it was, never a 500, and writes nothing.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class InputHygieneTest {

    /** Percent-escapes sent as written, so that %00 reaches the server as such. */
    private static final RestAssuredConfig RAW = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset("UTF-8"));

    @Test
    void shouldRefuseANulInAQueryParameter() {
        given().config(RAW).urlEncodingEnabled(false).auth().oauth2(TestTokens.coordinator())
                .when().get("/api/v1/needs?country=KE%00N").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("country")).body("violations.in", hasItem("query"))
                .body("violations.message", hasItem(containsString("NUL")));
        given().config(RAW).urlEncodingEnabled(false)
                .when().get("/api/v1/analysis/needs/by-ta-type?taSubtype=%01LEGAL").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRefuseANulInThePath() {
        given().config(RAW).urlEncodingEnabled(false).auth().oauth2(TestTokens.coordinator())
                .when().get("/api/v1/needs/0b5e%00").then().statusCode(400)
                .contentType("application/problem+json").body("violations.in", hasItem("path"));
    }

    @Test
    void shouldRefuseANulInAJsonStringAndWriteNothing() {
        Map<String, Object> body = new HashMap<>(ManualNeedResourceTest.request("TUV", "UNTOC", "LEGAL.DRAFTING"));
        body.put("description", "drafting\u0000help");
        given().auth().oauth2(TestTokens.coordinator()).contentType("application/json").body(body)
                .when().post("/api/v1/needs").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("description"))
                .body("violations.message", hasItem(containsString("NUL")));
        given().auth().oauth2(TestTokens.coordinator()).queryParam("country", "TUV")
                .queryParam("q", "drafting").when().get("/api/v1/needs").then().statusCode(200)
                .body("items.findAll { it.description?.startsWith('drafting') }.size()", equalTo(0));
    }
}
