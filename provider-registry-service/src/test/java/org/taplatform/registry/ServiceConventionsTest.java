package org.taplatform.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;
import org.taplatform.testsupport.TestInfrastructure;

import java.net.URL;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** What every service offers whatever its domain: health, OpenAPI, metrics and the reference data API. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class ServiceConventionsTest {

    /** Health and metrics live on the management interface (its root path is /q), not on the API's port. */
    @TestHTTPResource(value = "health", management = true)
    URL health;

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Test
    void shouldBeLiveAndReadyWithDatabaseAndKafkaChecks() {
        given().when().get(health + "/live").then().statusCode(200).body("status", equalTo("UP"));
        // ready once its consumers have their partitions: "ready" means consuming
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() -> given().when()
                .get(health + "/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Kafka and outbox"))
                .body("checks.name", hasItem("Event consumers"))
                .body("checks.name", hasItem(containsString("Database connections health check"))));
    }

    @Test
    void shouldPublishAnOpenApi31DocumentWithTheReferenceEndpoints() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("openapi", startsWith("3.1"))
                .body("info.title", equalTo("provider-registry-service"))
                .body("paths.'/api/v1/reference/countries'.get.summary", containsString("States"));
    }

    @Test
    void shouldExposePrometheusMetrics() {
        given().when().get(metrics.toString()).then().statusCode(200).body(containsString("ta_outbox_published"));
        // not on the API's port, where anyone may call
        given().when().get("/q/metrics").then().statusCode(404);
        given().when().get("/q/health/ready").then().statusCode(404);
    }

    @Test
    void shouldServeReferenceDataInTheRequestedLanguage() {
        given().header("Accept-Language", "fr-CH, en;q=0.5").when().get("/api/v1/reference/countries/CIV")
                .then().statusCode(200).body("name", equalTo("Côte d’Ivoire")).body("regionalGroup", equalTo("AFRICAN"));
        given().queryParam("lang", "ar").when().get("/api/v1/reference/instruments")
                .then().statusCode(200).body("items", hasSize(4)).body("next", equalTo(null))
                .body("asOf", equalTo(org.taplatform.reference.ReferenceData.instance().edition().toString()))
                .body("items[0].name", equalTo("اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية"));
        given().queryParam("regionalGroup", "EASTERN_EUROPEAN").when().get("/api/v1/reference/countries")
                .then().statusCode(200).body("items", hasSize(23));
        given().when().get("/api/v1/reference/ta-types").then().statusCode(200)
                .body("items.code", hasItem("LEGAL"))
                .body("items.find { it.code == 'LEGAL' }.subtypes.code", hasItem("LEGAL.DRAFTING"));
    }

    @Test
    void shouldLetClientsCacheReferenceData() {
        var first = given().when().get("/api/v1/reference/countries").then().statusCode(200)
                .header("Cache-Control", containsString("max-age")).header("Content-Language", equalTo("en"))
                .header("Vary", containsString("Accept-Encoding")).header("Vary", containsString("Accept-Language"))
                .extract().response();
        String etag = first.header("ETag");
        org.assertj.core.api.Assertions.assertThat(etag).matches("\"[0-9a-f]{32}\"");
        given().header("If-None-Match", etag).when().get("/api/v1/reference/countries").then().statusCode(304)
                .header("ETag", equalTo(etag)).body(equalTo(""));
        given().header("If-None-Match", "W/" + etag).when().get("/api/v1/reference/countries").then().statusCode(304);
        // another language is another representation
        var french = given().queryParam("lang", "fr").header("If-None-Match", etag).when()
                .get("/api/v1/reference/countries").then().statusCode(200).header("Content-Language", equalTo("fr"))
                .extract().response();
        org.assertj.core.api.Assertions.assertThat(french.header("ETag")).isNotEqualTo(etag);
    }

    @Test
    void shouldCompressJsonForClientsThatAcceptIt() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var answer = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(io.restassured.RestAssured.baseURI
                + ":" + io.restassured.RestAssured.port + "/api/v1/reference/countries"))
                .header("Accept-Encoding", "gzip").build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        org.assertj.core.api.Assertions.assertThat(answer.headers().firstValue("Content-Encoding")).hasValue("gzip");
        byte[] json = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(answer.body())).readAllBytes();
        org.assertj.core.api.Assertions.assertThat(answer.body().length).isLessThan(json.length / 3);
        org.assertj.core.api.Assertions.assertThat(new String(json, java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"code\":\"KEN\"");
    }

    @Test
    void shouldAnswerAnUnknownCountryWithAProblem() {
        given().when().get("/api/v1/reference/countries/XYZ").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:ta-platform:problem:not-found"))
                .body("status", equalTo(404));
    }
}
