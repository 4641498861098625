package org.taplatform.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.taplatform.deploy.ReadPathSimulation.Plan;
import org.taplatform.deploy.ReadPathSimulation.Request;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * The read path donors use, on the whole platform as {@code ./platform up} starts it, loaded by Gatling
 * ({@link ReadPathSimulation}) with the real tokens of many distinct donors' desk officers (users made for the run in
 * Keycloak, each signed in with the password grant): the donor's filtered needs query, a need, an analysis table, the
 * public reference data, a country's coordination view and a gap list, each beside its service's trivial anonymous GET
 * as the baseline, in the same run. For each request, first the most it answers (a fixed number of users sending the
 * next request as soon as the last is answered), then its latencies at half that rate in Gatling's open model. Prints
 * throughput, p50/p99/p99.9 and the ratio to the baseline. Not part of the test suite (the name ends in Benchmark):
 * {@code ./platform bench} or {@code ./mvnw test -pl deploy -Dtest=ReadPathBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false} (docs/figures.md). {@code -Dta.bench.running=true} measures a platform
 * already up on the end-to-end ports (start it with {@code TA_PORT_OFFSET=10000 TA_HOME=deploy/target/platform
 * ./platform up}) instead of starting and stopping one. It asserts only that the work was done.
 */
class ReadPathBenchmark {

    /** Distinct users whose tokens the requests carry, in turn. */
    static final int USERS = Integer.getInteger("ta.bench.users", 200);
    static final int SECONDS = Integer.getInteger("ta.bench.seconds", 10);
    /** Users sending at once while saturating: as {@code wrk -c16} in the measurements. */
    static final int CONCURRENCY = Integer.getInteger("ta.bench.concurrency", 16);
    static final boolean RUNNING = Boolean.getBoolean("ta.bench.running");
    /** Only the requests whose label contains this (e.g. {@code needs-service}, to profile one service). */
    static final String ONLY = System.getProperty("ta.bench.only", "");
    static final String DONOR_ORGANISATIONS[] = { "XI-IATI-NORLANDMFA", "XI-IATI-SUDLANDAID" };
    static final Path WORK = Path.of("target", "read-path-benchmark");
    static final String GATLING_VERSION = System.getProperty("ta.gatling.version", "");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What this JVM prints, kept as well: Gatling's console (Scala's, which keeps the System.out of its first use, so
     * installed once, before the first run).
     */
    private static final java.io.ByteArrayOutputStream PRINTED = new java.io.ByteArrayOutputStream();

    @BeforeAll
    static void keepWhatIsPrinted() {
        java.io.PrintStream console = System.out;
        System.setOut(new java.io.PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) {
                console.write(b);
                PRINTED.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                console.write(bytes, offset, length);
                PRINTED.write(bytes, offset, length);
            }
        }, true, java.nio.charset.StandardCharsets.UTF_8));
    }

    @BeforeAll
    static void startPlatform() {
        if (!RUNNING) {
            Platform.startForTests();
        }
    }

    @AfterAll
    static void stopPlatform() {
        if (!RUNNING) {
            Platform.run("down.sh", "--wipe");
        }
    }

    @Test
    void measure() throws Exception {
        Files.createDirectories(WORK);
        List<String> donors = donors(USERS);
        String needs = Platform.NEEDS;
        String coordination = Platform.COORDINATION;
        String someDonor = Platform.passwordToken("donor-norland");
        String need = RestAssured.given().auth().oauth2(someDonor).when()
                .get(needs + "/api/v1/needs?country=KEN&limit=1").then().statusCode(200).extract().path("items[0].id");
        List<Request> requests = List.of(
                new Request("needs-service baseline: anonymous GET /api/v1/reference/instruments",
                        needs + "/api/v1/reference/instruments", false, 0),
                new Request("needs-service: a need (donor)", needs + "/api/v1/needs/" + need, true, 0),
                new Request("needs-service: donor's filtered query", needs
                        + "/api/v1/needs?country=KEN&instrument=UNTOC&priority=HIGH&limit=20", true, 0),
                new Request("needs-service: analysis table (donor)", needs + "/api/v1/analysis/needs/by-ta-type", true, 0),
                new Request("needs-service: public reference data (anonymous)",
                        needs + "/api/v1/reference/ta-types?lang=fr", false, 0),
                new Request("coordination-service baseline: anonymous GET /api/v1/reference/instruments",
                        coordination + "/api/v1/reference/instruments", false, 0),
                new Request("coordination-service: country view (donor)",
                        coordination + "/api/v1/countries/KEN/coordination", true, 0),
                new Request("coordination-service: gap list (donor)",
                        coordination + "/api/v1/gaps?country=KEN&limit=20", true, 0))
                .stream().filter(r -> r.name().contains(ONLY)).toList();

        // warm-up: the JIT of the services and of this load generator, and the token verification of every user
        run(new Plan("SATURATE", Math.max(3, SECONDS / 2), CONCURRENCY, tokens(donors), requests), "warm-up");
        Map<String, Stats> saturated = run(new Plan("SATURATE", SECONDS, CONCURRENCY, tokens(donors), requests),
                "saturate");
        List<Request> halfRates = requests.stream().map(r -> new Request(r.name(), r.url(), r.authenticated(),
                Math.max(1, Math.floor(saturated.get(r.name()).throughput() / 2)))).toList();
        Map<String, Stats> atHalf = run(new Plan("RATE", SECONDS, CONCURRENCY, tokens(donors), halfRates), "half");

        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, """

                === read path (Gatling %s; %d distinct donors' tokens; %d users at once to saturate, %d s per request;
                    then each request at half its saturation rate, open model, %d s) ===
                %-78s %9s %7s | %8s %7s %7s %7s
                """, GATLING_VERSION, USERS, CONCURRENCY,
                SECONDS, SECONDS, "request", "max req/s", "ratio", "at req/s", "p50 ms", "p99 ms", "p99.9 ms"));
        Map<String, Double> baselines = new java.util.HashMap<>(); // by service, the label's first word
        for (Request request : requests) {
            Stats max = saturated.get(request.name());
            Stats half = atHalf.get(request.name());
            String service = request.name().split("[ :]")[0];
            if (request.name().contains("baseline")) {
                baselines.put(service, max.throughput());
            }
            double baseline = baselines.getOrDefault(service, 0.0);
            String ratio = baseline > 0 ? String.format(Locale.ROOT, "%6.0f%%", 100 * max.throughput() / baseline)
                    : "      -"; // its baseline left out (-Dta.bench.only)
            out.append(String.format(Locale.ROOT, "%-78s %9.0f %s | %8.0f %7.1f %7.1f %7.1f%n", request.name(),
                    max.throughput(), ratio, half.throughput(), half.p50(), half.p99(), half.p999()));
            assertThat(max.failed()).as(request.name()).isZero();
            assertThat(half.failed()).as(request.name()).isZero();
        }
        out.append("""
                targets: an authenticated single read >= 40 % of its service's anonymous baseline, the donor's filtered
                query >= 25 %, p99 <= 50 ms at half the saturation rate
                """);
        System.out.println(out);
    }

    /** Counts, throughput and latencies of one request in one Gatling run. */
    record Stats(long ok, long failed, double throughput, double p50, double p99, double p999) {
    }

    /**
     * Runs Gatling with the plan and reads each request's figures from the actual values of the simulation's
     * assertions, which Gatling prints at the end of its run ({@code <request>: <assertion> : true (actual : 12.0)}):
     * Gatling 3.15 writes its statistics only into the HTML report, its log is binary and internal.
     */
    private static Map<String, Stats> run(Plan plan, String label) throws IOException {
        Path planFile = WORK.resolve(label + "-plan.json");
        JSON.writeValue(planFile.toFile(), plan);
        System.setProperty("ta.bench.plan", planFile.toAbsolutePath().toString());
        Path results = WORK.resolve("gatling").toAbsolutePath();
        int from = PRINTED.size();
        int status = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] { "--simulation",
                ReadPathSimulation.class.getName(), "--results-folder", results.toString(), "--run-description", label });
        byte[] all = PRINTED.toByteArray();
        String printed = new String(all, from, all.length - from, java.nio.charset.StandardCharsets.UTF_8);
        System.out.println("Gatling " + label + ": exit " + status + ", report in " + results);
        return stats(printed, plan);
    }

    private static final java.util.regex.Pattern ACTUAL = java.util.regex.Pattern.compile(
            "^(.+): (count of successful events|count of failed events|([\\d.]+)(?:st|nd|rd|th) percentile of response"
                    + " time) .* : (?:true|false) \\(actual : ([\\d.]+)\\)$", java.util.regex.Pattern.MULTILINE);

    /** The figures of each request of the plan, from Gatling's printed assertions. */
    private static Map<String, Stats> stats(String printed, Plan plan) {
        Map<String, Map<String, Double>> values = new LinkedHashMap<>();
        java.util.regex.Matcher m = ACTUAL.matcher(printed);
        while (m.find()) {
            String figure = m.group(3) != null ? "p" + m.group(3) : m.group(2);
            values.computeIfAbsent(m.group(1), name -> new java.util.HashMap<>()).put(figure,
                    Double.parseDouble(m.group(4)));
        }
        Map<String, Stats> stats = new LinkedHashMap<>();
        for (Request request : plan.requests()) {
            Map<String, Double> v = values.get(request.name());
            assertThat(v).as("Gatling's figures for " + request.name()).isNotNull();
            long ok = v.get("count of successful events").longValue();
            long failed = v.get("count of failed events").longValue();
            stats.put(request.name(), new Stats(ok, failed, (double) (ok + failed) / plan.seconds(), v.get("p50"),
                    v.get("p99"), v.get("p99.9")));
        }
        return stats;
    }

    /** Makes the donors' desk officers (once per platform), each of one of the demo's two donors. */
    private static List<String> donors(int count) {
        String admin = Platform.keycloakAdminToken();
        Map<String, Object> donorRole = RestAssured.given().auth().oauth2(admin).when()
                .get(Platform.KEYCLOAK.replace("/realms/", "/admin/realms/") + "/roles/donor").then().statusCode(200)
                .extract().as(Map.class);
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String name = String.format(Locale.ROOT, "bench-donor-%03d", i);
            names.add(name);
            int created = RestAssured.given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of(
                    "username", name, "enabled", true, "email", name + "@bench.ta-platform.invalid",
                    "emailVerified", true, "firstName", "Bench", "lastName", "Donor " + i,
                    "attributes", Map.of("organisation", List.of(DONOR_ORGANISATIONS[i % 2])),
                    "credentials", List.of(Map.of("type", "password", "value", password(name), "temporary", false))))
                    .when().post(Platform.keycloakUsers()).then().extract().statusCode();
            if (created == 409) {
                continue; // made by an earlier run on this platform
            }
            assertThat(created).as("user " + name).isEqualTo(201);
            String id = RestAssured.given().auth().oauth2(admin).queryParam("username", name).queryParam("exact", true)
                    .when().get(Platform.keycloakUsers()).then().statusCode(200).extract().path("[0].id");
            RestAssured.given().auth().oauth2(admin).contentType(ContentType.JSON).body(List.of(donorRole)).when()
                    .post(Platform.keycloakUsers() + "/" + id + "/role-mappings/realm").then().statusCode(204);
        }
        return names;
    }

    /** The realm's password policy refuses a password equal to the user name. */
    private static String password(String user) {
        return "bench:" + user;
    }

    /** A fresh token of each donor (the password grant, as ta-cli signs in), in a CSV file for Gatling's feeder. */
    private static String tokens(List<String> donors) throws IOException {
        StringBuilder csv = new StringBuilder("token\n");
        donors.forEach(donor -> csv.append(Platform.passwordToken(donor, password(donor))).append('\n'));
        Path file = WORK.resolve("tokens.csv");
        Files.writeString(file, csv);
        return file.toAbsolutePath().toString();
    }
}
