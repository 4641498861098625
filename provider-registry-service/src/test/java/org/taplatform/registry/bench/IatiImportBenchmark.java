package org.taplatform.registry.bench;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.taplatform.registry.iati.IatiActivityReader;
import org.taplatform.registry.support.RegistryFixtures;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestTokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * IATI import throughput: 10,000 activities (two recipient countries each, so 20,000 events) imported through the API,
 * against only reading the same file (the baseline, same run). Not part of the test suite: {@code ./platform bench}
 * (docs/provider-registry-service.md). Target: 10k activities in at most 10 s.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class IatiImportBenchmark {

    static final int ACTIVITIES = 10_000;

    @Test
    void importTenThousandActivities() throws Exception {
        String publisher = RegistryFixtures.organisation("MULTILATERAL");
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"2.03\">\n");
        List<String> countries = List.of("KE", "UG", "TZ", "CO", "PE", "PH", "NG", "GH", "SN", "MX");
        for (int i = 0; i < ACTIVITIES; i++) {
            xml.append("""
                    <iati-activity last-updated-datetime="2026-01-01T00:00:00Z" xml:lang="en" default-currency="USD">
                     <iati-identifier>%1$s-BENCH-%2$d</iati-identifier>
                     <reporting-org ref="%1$s" type="40"><narrative>Benchmark publisher</narrative></reporting-org>
                     <title><narrative>Criminal justice training %2$d</narrative><narrative xml:lang="fr">Formation %2$d</narrative></title>
                     <description type="1"><narrative>Workshops for prosecutors and judges on organized crime cases, number %2$d</narrative></description>
                     <participating-org ref="XM-DAC-41114" role="1"><narrative>Funder</narrative></participating-org>
                     <participating-org ref="%1$s" role="4"><narrative>Benchmark publisher</narrative></participating-org>
                     <activity-status code="2"/>
                     <activity-date iso-date="2026-02-01" type="1"/><activity-date iso-date="2026-12-31" type="3"/>
                     <recipient-country code="%3$s" percentage="50"/><recipient-country code="%4$s" percentage="50"/>
                     <sector vocabulary="1" code="15130" percentage="70"/><sector vocabulary="1" code="15150" percentage="30"/>
                     <budget type="1" status="1"><period-start iso-date="2026-02-01"/><period-end iso-date="2026-12-31"/>
                      <value currency="USD" value-date="2026-01-15">%5$d</value></budget>
                    </iati-activity>
                    """.formatted(publisher, i, countries.get(i % 10), countries.get((i + 3) % 10), 10_000 + i));
        }
        byte[] file = xml.append("</iati-activities>\n").toString().getBytes(StandardCharsets.UTF_8);

        long parseStart = System.nanoTime();
        int parsed = IatiActivityReader.count(new ByteArrayInputStream(file)).activities();
        double parseSeconds = (System.nanoTime() - parseStart) / 1e9;

        String job = given().auth().oauth2(TestTokens.coordinator()).contentType("application/xml").body(file).when()
                .post("/api/v1/iati/imports").then().statusCode(202).extract().path("id");
        Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200))
                .until(() -> !List.of("QUEUED", "RUNNING").contains(given().auth().oauth2(TestTokens.coordinator())
                        .when().get("/api/v1/iati/imports/" + job).then().extract().<String>path("status")));
        JsonPath report = given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/iati/imports/" + job)
                .then().extract().jsonPath();
        assertThat(report.getString("status")).isEqualTo("DONE");
        assertThat(report.getInt("created")).isEqualTo(ACTIVITIES);
        assertThat(parsed).isEqualTo(ACTIVITIES);
        double seconds = Duration.between(Instant.parse(report.getString("startedAt")),
                Instant.parse(report.getString("finishedAt"))).toNanos() / 1e9;

        System.out.printf(Locale.ROOT, """

                == IATI import benchmark (provider-registry-service) ==
                file:      %,d activities, %.1f MB, 2 recipient countries each (%,d activity events)
                import:    %.2f s  -> %,.0f activities/s  (read twice, check, store, audit, outbox; target: 10k in <= 10 s)
                baseline:  %.3f s  -> %,.0f activities/s  (reading the file once, keeping nothing)
                ratio:     the import runs at %.1f%% of the speed of reading the file
                %n""", ACTIVITIES, file.length / 1e6, ACTIVITIES * 2, seconds, ACTIVITIES / seconds, parseSeconds,
                parsed / parseSeconds, 100 * (ACTIVITIES / seconds) / (parsed / parseSeconds));
    }
}
