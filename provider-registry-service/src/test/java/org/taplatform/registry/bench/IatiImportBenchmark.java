package org.taplatform.registry.bench;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.taplatform.registry.iati.IatiActivityReader;
import org.taplatform.registry.support.RegistryFixtures;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestTokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
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
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"");

    /**
     * A first import of this size before the measured one: a service that has run for a while has its import path
     * compiled; in a fresh JVM the JIT's compiler threads took more CPU than the import itself (JFR, thread CPU load).
     * Its figure is printed too, as what the first import after a start costs.
     */
    static final int WARM_UP_ACTIVITIES = 2_000;

    @Test
    void importTenThousandActivities() throws Exception {
        String publisher = RegistryFixtures.organisation("MULTILATERAL");
        byte[] warmUp = file(publisher, "WARM", WARM_UP_ACTIVITIES);
        byte[] file = file(publisher, "BENCH", ACTIVITIES);

        long parseStart = System.nanoTime();
        int parsed = IatiActivityReader.count(new ByteArrayInputStream(file)).activities();
        double parseSeconds = (System.nanoTime() - parseStart) / 1e9;

        double coldSeconds = importAndWait(warmUp, WARM_UP_ACTIVITIES);
        double seconds = importAndWait(file, ACTIVITIES);
        assertThat(parsed).isEqualTo(ACTIVITIES);

        System.out.printf(Locale.ROOT, """

                == IATI import benchmark (provider-registry-service) ==
                file:      %,d activities, %.1f MB, 2 recipient countries each (%,d activity events)
                first:     %,d activities in %.2f s -> %,.0f activities/s  (the first import after the start: cold JIT)
                import:    %.2f s  -> %,.0f activities/s  (read twice, check, store, audit, outbox; target: 10k in <= 10 s)
                baseline:  %.3f s  -> %,.0f activities/s  (reading the file once, keeping nothing)
                ratio:     the import runs at %.1f%% of the speed of reading the file
                %n""", ACTIVITIES, file.length / 1e6, ACTIVITIES * 2, WARM_UP_ACTIVITIES, coldSeconds,
                WARM_UP_ACTIVITIES / coldSeconds, seconds, ACTIVITIES / seconds, parseSeconds,
                parsed / parseSeconds, 100 * (ACTIVITIES / seconds) / (parsed / parseSeconds));
    }

    /** Imports a file as the coordinator and waits for its job: the seconds from started to finished. */
    private static double importAndWait(byte[] file, int activities) throws Exception {
        String job = given().auth().oauth2(TestTokens.coordinator()).contentType("application/xml").body(file).when()
                .post("/api/v1/iati/imports").then().statusCode(202).extract().path("id");
        // polled as the console does, reading only the status: REST Assured's Groovy JSON parser reading the whole
        // report every 200 ms took a third of the machine's CPU from the import it was waiting for
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest poll = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                + "/api/v1/iati/imports/" + job)).header("Authorization", "Bearer " + TestTokens.coordinator()).build();
        Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(250)).until(() -> {
            Matcher status = STATUS.matcher(client.send(poll, HttpResponse.BodyHandlers.ofString()).body());
            return status.find() && !List.of("QUEUED", "RUNNING").contains(status.group(1));
        });
        JsonPath report = given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/iati/imports/" + job)
                .then().extract().jsonPath();
        assertThat(report.getString("status")).isEqualTo("DONE");
        assertThat(report.getInt("created")).isEqualTo(activities);
        return Duration.between(Instant.parse(report.getString("startedAt")),
                Instant.parse(report.getString("finishedAt"))).toNanos() / 1e9;
    }

    /** An IATI file of the given number of activities, two recipient countries each. */
    private static byte[] file(String publisher, String series, int activities) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"2.03\">\n");
        List<String> countries = List.of("KE", "UG", "TZ", "CO", "PE", "PH", "NG", "GH", "SN", "MX");
        for (int i = 0; i < activities; i++) {
            xml.append(ACTIVITY.formatted(publisher, series, i, countries.get(i % 10), countries.get((i + 3) % 10),
                    10_000 + i));
        }
        return xml.append("</iati-activities>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static final String ACTIVITY = """
            <iati-activity last-updated-datetime="2026-01-01T00:00:00Z" xml:lang="en" default-currency="USD">
             <iati-identifier>%1$s-%2$s-%3$d</iati-identifier>
             <reporting-org ref="%1$s" type="40"><narrative>Benchmark publisher</narrative></reporting-org>
             <title><narrative>Criminal justice training %3$d</narrative><narrative xml:lang="fr">Formation %3$d</narrative></title>
             <description type="1"><narrative>Workshops for prosecutors and judges on organized crime cases, number %3$d</narrative></description>
             <participating-org ref="XM-DAC-41114" role="1"><narrative>Funder</narrative></participating-org>
             <participating-org ref="%1$s" role="4"><narrative>Benchmark publisher</narrative></participating-org>
             <activity-status code="2"/>
             <activity-date iso-date="2026-02-01" type="1"/><activity-date iso-date="2026-12-31" type="3"/>
             <recipient-country code="%4$s" percentage="50"/><recipient-country code="%5$s" percentage="50"/>
             <sector vocabulary="1" code="15130" percentage="70"/><sector vocabulary="1" code="15150" percentage="30"/>
             <budget type="1" status="1"><period-start iso-date="2026-02-01"/><period-end iso-date="2026-12-31"/>
              <value currency="USD" value-date="2026-01-15">%6$d</value></budget>
            </iati-activity>
            """;
}
