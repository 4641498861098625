package org.taplatform.needs.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashMap;
import java.util.List;
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
    void shouldAnswerTheHttpLayersRefusalsAsProblems() throws Exception {
        given().auth().oauth2(TestTokens.coordinator()).queryParam("q", "x".repeat(9000))
                .when().get("/api/v1/needs").then().statusCode(414)
                .contentType("application/problem+json").body("detail", containsString("at most 8192"));
        // no client library sends a malformed percent-escape: a socket does. Refused before anything reads it, as a
        // problem (with Quarkus' own check off, as the launcher and the tests start the services)
        for (String target : List.of("/api/v1/needs?q=%zz", "/api/v1/needs/%zz", "/api/v1/needs?q=a%20b%")) {
            org.assertj.core.api.Assertions.assertThat(raw("GET " + target + " HTTP/1.1")).as(target)
                    .startsWith("HTTP/1.1 400").containsIgnoringCase("content-type: application/problem+json")
                    .contains("\"title\":\"Malformed request\"", "percent-escape");
        }
        // what the router itself refuses (here: HTTP/1.1 without Host) is a problem like every other refusal
        org.assertj.core.api.Assertions.assertThat(rawWithoutHost("GET /api/v1/reference/instruments HTTP/1.1"))
                .startsWith("HTTP/1.1 400").containsIgnoringCase("content-type: application/problem+json")
                .contains("\"title\":\"Malformed request\"", "Host");
        // a request line past Netty's own limit (64 KB) is refused below the router, where nothing can answer for us:
        // an empty 414 and a closed connection (documented in docs/architecture.md)
        org.assertj.core.api.Assertions.assertThat(raw("GET /api/v1/needs?q=" + "x".repeat(70_000) + " HTTP/1.1"))
                .matches("(?s)HTTP/1\\.[01] 414 .*");
        given().auth().oauth2(TestTokens.coordinator()).queryParam("limit", "abc")
                .when().get("/api/v1/needs").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("limit"));

        Map<String, Object> body = new HashMap<>(ManualNeedResourceTest.request("TUV", "UNTOC", "LEGAL.DRAFTING"));
        body.put("description", "too large ".repeat(120_000)); // 1.2 MB
        given().auth().oauth2(TestTokens.coordinator()).contentType("application/json").body(body)
                .when().post("/api/v1/needs").then().statusCode(413)
                .contentType("application/problem+json").body("detail", containsString("at most 1 MB"));

        // a body of unknown length (chunked) where only small bodies go
        var http = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        var chunked = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + "/api/v1/needs"))
                .header("Authorization", "Bearer " + TestTokens.coordinator())
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream("{}".getBytes())))
                .build();
        var answer = http.send(chunked, java.net.http.HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(answer.statusCode()).isEqualTo(411);
        org.assertj.core.api.Assertions.assertThat(answer.headers().firstValue("content-type")).hasValue(
                "application/problem+json");
    }

    /** Sends a request line as written and returns the whole answer. */
    private static String raw(String requestLine) throws java.io.IOException {
        return send(requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    }

    private static String rawWithoutHost(String requestLine) throws java.io.IOException {
        return send(requestLine + "\r\nConnection: close\r\n\r\n");
    }

    private static String send(String request) throws java.io.IOException {
        try (var socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** A filter of a @BeanParam is named as the client sent it, where it sent it: the query, not the body. */
    @Test
    void shouldNameABadFilterAsTheQueryParameterItWas() {
        given().auth().oauth2(TestTokens.coordinator()).queryParam("priority", "URGENT").queryParam("limit", "0")
                .when().get("/api/v1/needs").then().statusCode(400).contentType("application/problem+json")
                .body("violations.find { it.field == 'priority' }.in", org.hamcrest.Matchers.equalTo("query"))
                .body("violations.find { it.field == 'limit' }.in", org.hamcrest.Matchers.equalTo("query"))
                .body("violations.in", org.hamcrest.Matchers.not(hasItem("body")));
        given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/analysis/countries/XYZ/profile")
                .then().statusCode(400)
                .body("violations.find { it.field == 'country' }.in", org.hamcrest.Matchers.equalTo("path"));
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
