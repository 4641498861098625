package org.taplatform.survey.bulk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.taplatform.reference.Country;
import org.taplatform.reference.CountryKind;
import org.taplatform.reference.ReferenceData;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestTokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Bulk import throughput: every State answering a 100-question questionnaire of two instruments (about 40k answer
 * rows), imported and submitted, against reading the same file alone (the baseline, in the same run). Not part of
 * the test suite (its name does not end in Test); run it with {@code ./platform bench} (docs/survey-service.md).
 * It prints its figures and asserts only that everything was imported.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class BulkImportBenchmark {

    static final int QUESTIONS = 100;
    static final List<String> INSTRUMENTS = List.of("UNTOC", "TIP");

    @Test
    void importManyAnswerRows() {
        List<String> countries = ReferenceData.instance().countries().stream()
                .filter(c -> c.kind() != CountryKind.REGIONAL_ECONOMIC_INTEGRATION_ORGANIZATION)
                .map(Country::code).toList();
        for (String instrument : INSTRUMENTS) {
            publish(instrument);
            String parties = countries.stream().map(country -> """
                    {"instrument": "%s", "country": "%s", "action": "RATIFICATION", "becamePartyOn": "2004-01-01"}"""
                    .formatted(instrument, country)).collect(Collectors.joining(",", "[", "]"));
            given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body(parties)
                    .when().post("/api/v1/states-parties").then().statusCode(200);
        }
        StringBuilder csv = new StringBuilder(BulkImportTest.HEADER);
        for (String instrument : INSTRUMENTS) {
            for (String country : countries) {
                for (int q = 1; q <= QUESTIONS; q++) {
                    String value = switch (q % 3) {
                        case 0 -> String.valueOf(q * 7);
                        case 1 -> "PARTLY";
                        default -> "\"Answer " + q + " of " + country + ", with a comma\"";
                    };
                    csv.append(country).append(',').append(instrument).append(",Q").append(q).append(',')
                            .append(value).append(",,,,,,,\n");
                }
                csv.append(country).append(',').append(instrument)
                        .append(",NEEDS,,LEGAL.DRAFTING,18(13),MUTUAL_LEGAL_ASSISTANCE,CENTRAL_AUTHORITIES,HIGH,PUBLIC,")
                        .append("Benchmark need\n");
            }
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

        // baseline: only reading the rows of the same file, with the same reader (the last of three reads, warm too)
        int[] rows = new int[1];
        double parseSeconds = 0;
        for (int round = 0; round < 3; round++) {
            rows[0] = 0;
            long parseStart = System.nanoTime();
            ImportFileReader.read(ImportJob.Format.CSV, file, header -> {
            }, row -> rows[0]++);
            parseSeconds = (System.nanoTime() - parseStart) / 1e9;
        }

        // the first import after start-up runs while the JIT compiles the import's code (as the IATI benchmark's
        // warm-up does): it is printed, the second one (another cycle, the same file) is the figure of the target
        Imported cold = importInto(openCycle("Warm-up cycle"), file);
        Imported warm = importInto(openCycle("Benchmark cycle"), file);
        for (Imported imported : List.of(cold, warm)) {
            assertThat(imported.report.getString("status")).isEqualTo("DONE");
            assertThat(imported.report.getInt("errorCount")).isZero();
            assertThat(imported.report.getInt("countriesImported")).isEqualTo(countries.size() * INSTRUMENTS.size());
            assertThat(imported.report.getInt("rowsTotal")).isEqualTo(rows[0]);
        }
        int total = rows[0];
        double importSeconds = warm.seconds;

        System.out.printf(Locale.ROOT, """

                == Bulk import benchmark (survey-service) ==
                file:      %d answer rows, %d countries x %d instruments, %.1f MB CSV
                first:     %.2f s  -> %,.0f rows/s  (the first import after start-up, while the JIT compiles)
                import:    %.2f s  -> %,.0f rows/s  (parse, check, store, submit, outbox; target >= 10,000 rows/s)
                baseline:  %.3f s  -> %,.0f rows/s  (reading the file only)
                ratio:     the import runs at %.1f%% of the speed of reading the file
                %n""", total, countries.size(), INSTRUMENTS.size(), file.length / 1e6, cold.seconds,
                total / cold.seconds, importSeconds,
                total / importSeconds, parseSeconds, rows[0] / parseSeconds,
                100 * (total / importSeconds) / (rows[0] / parseSeconds));
    }

    record Imported(JsonPath report, double seconds) {
    }

    private static String openCycle(String name) {
        return given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body("""
                {"name": "%s", "instruments": ["UNTOC", "TIP"], "periodStart": "2026-01-01",
                 "periodEnd": "2026-12-31", "deadline": "2027-03-31"}""".formatted(name))
                .when().post("/api/v1/cycles").then().statusCode(201).extract().path("id");
    }

    /** Imports and submits the file's answers into a cycle; the job's report and its time from start to finish. */
    private static Imported importInto(String cycleId, byte[] file) {
        String job = given().auth().oauth2(TestTokens.coordinator()).contentType("text/csv").queryParam("cycleId", cycleId)
                .queryParam("submit", true).body(file).when().post("/api/v1/imports")
                .then().statusCode(202).extract().path("id");
        org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> !List.of("QUEUED", "RUNNING").contains(given().auth().oauth2(TestTokens.coordinator())
                        .when().get("/api/v1/imports/" + job).then().extract().<String>path("status")));
        JsonPath report = given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/imports/" + job)
                .then().extract().jsonPath();
        return new Imported(report, Duration.between(Instant.parse(report.getString("startedAt")),
                Instant.parse(report.getString("finishedAt"))).toNanos() / 1e9);
    }

    private static void publish(String instrument) {
        String questions = IntStream.rangeClosed(1, QUESTIONS).mapToObj(q -> switch (q % 3) {
            case 0 -> "{\"code\": \"Q%d\", \"type\": \"NUMBER\", \"min\": 0, \"label\": {\"en\": \"How many %d?\"}}".formatted(q, q);
            case 1 -> "{\"code\": \"Q%d\", \"type\": \"YES_NO_PARTLY\", \"label\": {\"en\": \"Is %d so?\"}}".formatted(q, q);
            default -> "{\"code\": \"Q%d\", \"type\": \"TEXT\", \"label\": {\"en\": \"Describe %d.\"}}".formatted(q, q);
        }).collect(Collectors.joining(","));
        String file = """
                {"instrument": "%s", "title": {"en": "Benchmark"}, "sections": [
                 {"code": "S1", "title": {"en": "All"}, "questions": [%s,
                  {"code": "NEEDS", "type": "NEEDS", "label": {"en": "Needs"}}]}]}""".formatted(instrument, questions);
        var draft = given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body(file)
                .when().post("/api/v1/questionnaires").then().statusCode(201).extract();
        given().auth().oauth2(TestTokens.coordinator()).header("If-Match", draft.header("ETag"))
                .when().post("/api/v1/questionnaires/" + draft.path("id") + "/publish").then().statusCode(200);
    }
}
