package org.taplatform.deploy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.restassured.http.ContentType;

/**
 * The platform with every service as two replicas behind HAProxy (TA_REPLICAS=2), as an operator would run it: each
 * request may land on either replica, each replica consumes its share of the partitions, and every effect of the main
 * flows happens once: a survey submission's need and its match proposal, an IATI import's activities, a webhook
 * delivery, a bulk import's responses (docs/scaling.md).
 */
class ReplicatedPlatformIT {

    static final String RUN = Long.toString(System.currentTimeMillis(), 36).toUpperCase(java.util.Locale.ROOT);

    @BeforeAll
    static void startPlatform() {
        Platform.startReplicatedForTests();
    }

    @AfterAll
    static void stopPlatform() {
        Platform.run("down.sh", "--wipe");
    }

    /** Each service's port is the load balancer's: over a few requests, both replicas answer. */
    @Test
    void shouldBalanceEachServiceOverItsTwoReplicas() {
        for (String service : List.of(Platform.SURVEY, Platform.NEEDS, Platform.REGISTRY, Platform.COORDINATION)) {
            Set<String> replicas = new HashSet<>();
            for (int i = 0; i < 8; i++) {
                replicas.add(given().when().get(service + "/api/v1/reference/instruments").then().statusCode(200)
                        .extract().header("X-TA-Replica"));
            }
            String name = replicas.iterator().next().replaceAll("-[12]$", "");
            assertThat(replicas).as(service).containsExactlyInAnyOrder(name + "-1", name + "-2");
            for (int replica = 1; replica <= 2; replica++) {
                given().when().get("http://localhost:" + (Platform.replicaPort(service, replica) + 1000)
                        + "/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
            }
        }
    }

    /**
     * A focal point's submission through the balancer: its need is registered once, reaches coordination, and is
     * proposed once to the organisation that can answer it.
     */
    @Test
    void shouldTakeASubmissionToOneMatchProposal() {
        String coordinator = Platform.passwordToken("coordinator");
        String organisation = "XI-IATI-REPLICAS-" + RUN;
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(Map.of("identifier", organisation,
                "kind", "MULTILATERAL", "names", Map.of("en", "Replica check " + RUN), "countries", List.of("PHL"),
                "regions", List.of(), "languages", List.of("en"))).when()
                .post(Platform.REGISTRY + "/api/v1/organisations").then().statusCode(201);
        String etag = given().when().get(Platform.REGISTRY + "/api/v1/organisations/" + organisation).then()
                .statusCode(200).extract().header("ETag");
        given().auth().oauth2(coordinator).header("If-Match", etag).contentType(ContentType.JSON).body(List.of(Map.of(
                "taSubtype", "TRAINING.LAW_ENFORCEMENT", "instruments", List.of("SOM"), "deliveryModes",
                List.of("WORKSHOP"), "regions", List.of(), "countries", List.of("PHL"), "languages", List.of())))
                .when().put(Platform.REGISTRY + "/api/v1/organisations/" + organisation + "/capabilities").then()
                .statusCode(200);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(coordinator).when()
                .get(Platform.COORDINATION + "/api/v1/organisations/" + organisation + "/matches").then()
                .statusCode(200));

        String focalPoint = Platform.passwordToken("focal-phl");
        String cycle = given().auth().oauth2(focalPoint).when().get(Platform.SURVEY + "/api/v1/cycles").then()
                .statusCode(200).extract().path("items.find { it.status == 'OPEN' }.id");
        var answered = Platform.answeredResponse(focalPoint, cycle, "PHL", "SOM", "TRAINING.LAW_ENFORCEMENT",
                "Training of border police on victim identification, replicas " + RUN);
        // the submission's caller starts a trace (W3C traceparent), which the events carry over every Kafka hop
        String trace = java.util.HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(16)
                .putLong(System.nanoTime() | 1).putLong(RUN.hashCode()).array());
        given().auth().oauth2(focalPoint).header("If-Match", answered.etag())
                .header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01").when()
                .post(Platform.SURVEY + "/api/v1/responses/" + answered.id() + "/submit").then().statusCode(200);

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> proposals(
                answered.needId(), organisation).size() >= 1);
        List<ConsumerRecord<String, String>> proposed = proposals(answered.needId(), organisation);
        assertThat(proposed).as("proposed once").hasSize(1);
        List<ConsumerRecord<String, String>> registered = Platform.readAll("ta.needs").stream()
                .filter(r -> "ta.needs.need.registered.v1".equals(Platform.header(r, "ce_type")))
                .filter(r -> answered.needId().equals(Platform.header(r, "ce_subject"))).toList();
        assertThat(registered).as("registered once").hasSize(1);
        assertThat(List.of(registered.get(0), proposed.get(0))).as("the submission's trace, need and proposal alike")
                .allSatisfy(event -> assertThat(Platform.header(event, "ce_traceparent")).startsWith("00-" + trace));
        given().auth().oauth2(coordinator).when().get(Platform.COORDINATION + "/api/v1/needs/" + answered.needId())
                .then().statusCode(200).body("country", equalTo("PHL"));
    }

    private static List<ConsumerRecord<String, String>> proposals(String need, String organisation) {
        return Platform.readAll("ta.coordination.events").stream()
                .filter(r -> "ta.coordination.match.proposed.v1".equals(Platform.header(r, "ce_type")))
                .filter(r -> need.equals(Platform.jsonField(r.value(), "needId"))
                        && organisation.equals(Platform.jsonField(r.value(), "organisation")))
                .toList();
    }

    /** An IATI file uploaded through the balancer is imported by one replica: each activity registered once. */
    @Test
    void shouldImportAnIatiFileOnce() {
        String officer = Platform.passwordToken("fo-nairobi");
        String run = RUN + "I";
        String job = given().auth().oauth2(officer).contentType("application/xml").queryParam("fileName", "roea.xml")
                .body(Platform.iatiFile(run, 30).getBytes(StandardCharsets.UTF_8)).when()
                .post(Platform.REGISTRY + "/api/v1/iati/imports").then().statusCode(202).extract().path("id");
        // the job's progress, read through the balancer: whichever replica answers reads the database
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> given().auth().oauth2(officer).when()
                .get(Platform.REGISTRY + "/api/v1/iati/imports/" + job).then().statusCode(200)
                .body("status", equalTo("DONE")));
        given().auth().oauth2(officer).when().get(Platform.REGISTRY + "/api/v1/iati/imports/" + job).then()
                .body("created", equalTo(30)).body("rejected", equalTo(0));
        Map<String, Long> registered = Platform.readAll("ta.registry.activities").stream()
                .filter(r -> "ta.registry.activity.registered.v1".equals(Platform.header(r, "ce_type")))
                .filter(r -> r.value().contains("IMP-" + run + "-"))
                .collect(Collectors.groupingBy(r -> Platform.header(r, "ce_subject"), Collectors.counting()));
        assertThat(registered).hasSize(30).allSatisfy((activity, times) -> assertThat(times).isEqualTo(1));
    }

    /**
     * A replica stopped in the middle of an IATI import (as a rolling restart stops it) leaves the job to the other
     * replica at once, which runs it to its end: every activity registered once. The activities are outside the TA
     * taxonomy (registered unclassified), so that coordination compares none of them.
     */
    @Test
    void shouldFinishAnIatiImportOnTheOtherReplicaWhenTheOneRunningItStops() throws Exception {
        BigImport running = startBigImport(RUN + "T");
        Platform.run("component.sh", "stop", running.taker());
        try {
            running.awaitDoneWithEachActivityOnce();
            String other = running.taker().endsWith("-1") ? "provider-registry-service-2"
                    : "provider-registry-service-1";
            assertThat(log(other)).as("taken over by the other replica").contains(running.taken());
        } finally {
            Platform.run("component.sh", "start", running.taker());
        }
    }

    /**
     * The replica running a 10,000-activity IATI import dies without a word (kill -9, as a crashed node or an
     * out-of-memory kill): its lease lapses (15 s on this platform, Platform.startReplicatedForTests) and a replica, the other or the one the launcher's supervisor
     * started again, takes the job and finishes it, each activity registered once.
     */
    @Test
    void shouldFinishAnIatiImportWhoseReplicaWasKilled() throws Exception {
        BigImport running = startBigImport(RUN + "K");
        Path pid = Path.of(System.getenv("TA_HOME"), "pids", running.taker() + ".pid");
        ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())).orElseThrow().destroyForcibly();

        running.awaitDoneWithEachActivityOnce();
        String logs = log("provider-registry-service-1") + log("provider-registry-service-2");
        assertThat(logs.split(java.util.regex.Pattern.quote(running.taken()), -1))
                .as("taken a second time, once the killed replica's lease lapsed").hasSizeGreaterThanOrEqualTo(3);
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> given().when()
                .get("http://localhost:" + (Platform.replicaPort(Platform.REGISTRY, running.taker().endsWith("-1")
                        ? 1 : 2) + 1000) + "/q/health/ready").then().statusCode(200));
    }

    /** An IATI import of 10,000 activities the coordination does not compare, running on one replica. */
    private record BigImport(String officer, String run, int count, String job, String taker) {

        String taken() {
            return "Job " + job + " of iati_import_job taken by";
        }

        void awaitDoneWithEachActivityOnce() {
            await().atMost(Duration.ofSeconds(300)).untilAsserted(() -> given().auth().oauth2(officer).when()
                    .get(Platform.REGISTRY + "/api/v1/iati/imports/" + job).then().statusCode(200)
                    .body("status", equalTo("DONE")));
            var done = given().auth().oauth2(officer).when().get(Platform.REGISTRY + "/api/v1/iati/imports/" + job)
                    .then().extract().jsonPath();
            assertThat(done.getInt("activitiesDone")).isEqualTo(count);
            assertThat(done.getInt("rejected")).isZero();
            // distinct event ids: a replica killed between sending an event and marking it sent leaves it to be
            // sent again, with its id, which consumers apply once (published exactly once in effect)
            Map<String, Long> registered = Platform.readAll("ta.registry.activities").stream()
                    .filter(r -> "ta.registry.activity.registered.v1".equals(Platform.header(r, "ce_type")))
                    .filter(r -> r.value().contains("IMP-" + run + "-"))
                    .collect(Collectors.groupingBy(r -> Platform.header(r, "ce_subject"), Collectors.mapping(
                            r -> Platform.header(r, "ce_id"), Collectors.collectingAndThen(Collectors.toSet(),
                                    ids -> (long) ids.size()))));
            assertThat(registered).as("each activity registered once").hasSize(count)
                    .allSatisfy((activity, times) -> assertThat(times).isEqualTo(1));
        }
    }

    private static BigImport startBigImport(String run) {
        String officer = Platform.passwordToken("fo-nairobi");
        int count = 10_000;
        String xml = Platform.iatiFile(run, count).replace("code=\"15130\"", "code=\"11110\"")
                .replaceAll("\\s*<tag vocabulary=\"99\"[^>]*/>", "");
        String job = given().auth().oauth2(officer).contentType("application/xml").queryParam("fileName", "big.xml")
                .body(xml.getBytes(StandardCharsets.UTF_8)).when().post(Platform.REGISTRY + "/api/v1/iati/imports")
                .then().statusCode(202).extract().path("id");
        String taken = "Job " + job + " of iati_import_job taken by";
        String taker = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> List.of(1, 2).stream().map(n -> "provider-registry-service-" + n)
                        .filter(replica -> log(replica).contains(taken)).findFirst().orElse(null),
                        java.util.Objects::nonNull);
        assertThat(given().auth().oauth2(officer).when().get(Platform.REGISTRY + "/api/v1/iati/imports/" + job).then()
                .extract().<String>path("status")).as("still running when its replica stops").isEqualTo("RUNNING");
        return new BigImport(officer, run, count, job, taker);
    }

    private static String log(String component) {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of(System.getenv("TA_HOME"), "logs",
                    component + ".log"));
        } catch (java.io.IOException e) {
            return "";
        }
    }

    /** A need recorded through the balancer reaches a donor's webhook once, whichever replica dispatches it. */
    @Test
    void shouldDeliverAWebhookOnce() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            received.add(exchange.getRequestHeaders().getFirst("webhook-id") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String marker = "webhook replicas " + RUN;
            given().auth().oauth2(Platform.passwordToken("donor-norland")).contentType(ContentType.JSON)
                    .body(Map.of("callbackUrl", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks",
                            "kinds", List.of("NEED"), "countries", List.of("UGA"), "description", marker))
                    .when().post(Platform.COORDINATION + "/api/v1/subscriptions").then().statusCode(201);
            String need = given().auth().oauth2(Platform.passwordToken("coordinator")).contentType(ContentType.JSON)
                    .body(Map.of("country", "UGA", "instrument", "UNTOC", "taSubtype", "LEGAL.DRAFTING",
                            "description", marker, "priority", "HIGH", "consent", "PROVIDERS_AND_DONORS",
                            "requestReference", "Note verbale " + RUN))
                    .when().post(Platform.NEEDS + "/api/v1/needs").then().statusCode(201).extract().path("id");

            await().atMost(Duration.ofSeconds(90)).until(() -> received.stream().anyMatch(b -> b.contains(need)));
            List<String> forThisNeed = received.stream().filter(b -> b.contains(need)).toList();
            assertThat(forThisNeed).as("one delivery of the need's notice").hasSize(1);
        } finally {
            receiver.stop(0);
        }
    }

    /** A bulk import of answers accepted through the balancer runs on one replica: each response once. */
    @Test
    void shouldImportAnswersInBulkOnce() {
        String coordinator = Platform.passwordToken("coordinator");
        String cycle = given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(Map.of("name",
                "Replicas cycle " + RUN, "instruments", List.of("SOM"), "periodStart",
                LocalDate.now().withDayOfYear(1).toString(), "periodEnd",
                LocalDate.now().withDayOfYear(1).plusYears(1).minusDays(1).toString(), "deadline",
                LocalDate.now().plusYears(1).toString())).when().post(Platform.SURVEY + "/api/v1/cycles").then()
                .statusCode(201).extract().path("id");
        List<String> countries = given().auth().oauth2(coordinator).queryParam("instrument", "SOM")
                .queryParam("limit", 3).when().get(Platform.SURVEY + "/api/v1/cycles/" + cycle + "/expected-reporters")
                .then().statusCode(200).extract().path("items");
        StringBuilder csv = new StringBuilder("country,instrument,question,value\n");
        for (String country : countries) {
            Platform.checklistAnswers("SOM").forEach((question, value) -> csv.append(country).append(",SOM,")
                    .append(question).append(',').append(value).append('\n'));
        }
        String job = given().auth().oauth2(coordinator).contentType("text/csv").queryParam("cycleId", cycle)
                .queryParam("submit", true).body(csv.toString().getBytes(StandardCharsets.UTF_8)).when()
                .post(Platform.SURVEY + "/api/v1/imports").then().statusCode(202).extract().path("id");

        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> given().auth().oauth2(coordinator).when()
                .get(Platform.SURVEY + "/api/v1/imports/" + job).then().statusCode(200).body("status", equalTo("DONE")));
        given().auth().oauth2(coordinator).when().get(Platform.SURVEY + "/api/v1/imports/" + job).then()
                .body("countriesImported", equalTo(countries.size())).body("countriesRejected", equalTo(0));
        List<String> responded = new ArrayList<>();
        for (String country : countries) {
            responded.addAll(given().auth().oauth2(coordinator).queryParam("cycleId", cycle)
                    .queryParam("country", country).when().get(Platform.SURVEY + "/api/v1/responses").then()
                    .statusCode(200).extract().<List<String>>path("items.id"));
        }
        assertThat(responded).as("one response per country").hasSize(countries.size());
        List<ConsumerRecord<String, String>> submitted = Platform.readAll("ta.survey.responses").stream()
                .filter(r -> "ta.survey.response.submitted.v1".equals(Platform.header(r, "ce_type")))
                .filter(r -> responded.contains(Platform.header(r, "ce_subject"))).toList();
        assertThat(submitted).as("each submitted once").hasSize(countries.size());
        assertThat(submitted.stream().map(r -> Platform.header(r, "ce_subject")).distinct()).hasSize(countries.size());
    }

    /**
     * The web console runs as two replicas behind the balancer too: a person signs in (the authorization code flow,
     * through Keycloak's own login form) whichever replica starts and ends it, and is then served by either, the
     * session being in the encrypted cookie, not in a replica's memory.
     */
    @Test
    void shouldKeepAPersonSignedInOnEitherConsoleReplica() throws Exception {
        // HTTP/1.1, as a browser speaks to an http:// address (Java's default would ask to upgrade to HTTP/2, which
        // HAProxy would pass through as a tunnel to one replica)
        java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder().cookieHandler(new CookieJar())
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        var toKeycloak = browser.send(get(Platform.CONSOLE + "/needs"), ofString());
        assertThat(toKeycloak.statusCode()).as("a page that needs a signed-in person").isEqualTo(302);
        var loginPage = browser.send(get(location(toKeycloak)), ofString());
        java.util.regex.Matcher form = java.util.regex.Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"")
                .matcher(loginPage.body());
        assertThat(form.find()).as("Keycloak's login form").isTrue();
        var back = browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(form.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=donor-norland&password=donor-norland"
                        + "&credentialId=")).build(), ofString());
        assertThat(location(back)).as("back to the console with a code").startsWith(Platform.CONSOLE + "/signed-in");
        var signedIn = browser.send(get(location(back)), ofString());
        assertThat(signedIn.statusCode()).as("the code exchanged, the session set").isEqualTo(302);

        Set<String> replicas = new HashSet<>(List.of(replica(toKeycloak), replica(signedIn)));
        for (int i = 0; i < 4; i++) {
            var page = browser.send(get(Platform.CONSOLE + "/needs"), ofString());
            assertThat(page.statusCode()).as("signed in, on " + replica(page)).isEqualTo(200);
            assertThat(page.body()).contains("/sign-out");
            replicas.add(replica(page));
        }
        assertThat(replicas).as("both replicas took part").containsExactlyInAnyOrder("web-console-1", "web-console-2");
    }

    /**
     * A browser's cookies, per host and port, Secure ones included: on http://localhost a browser sends Keycloak's
     * Secure cookies (a secure context), which java.net.CookieManager would keep back.
     */
    private static final class CookieJar extends java.net.CookieHandler {

        private final Map<String, Map<String, String>> byOrigin = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(java.net.URI uri, Map<String, List<String>> requestHeaders) {
            Map<String, String> cookies = byOrigin.getOrDefault(uri.getAuthority(), Map.of());
            return cookies.isEmpty() ? Map.of() : Map.of("Cookie", List.of(cookies.entrySet().stream()
                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).collect(Collectors.joining("; "))));
        }

        @Override
        public void put(java.net.URI uri, Map<String, List<String>> responseHeaders) {
            Map<String, String> cookies = byOrigin.computeIfAbsent(uri.getAuthority(),
                    origin -> new java.util.concurrent.ConcurrentHashMap<>());
            responseHeaders.forEach((name, values) -> {
                if ("set-cookie".equalsIgnoreCase(name)) {
                    for (String header : values) {
                        String pair = header.split(";", 2)[0];
                        int equals = pair.indexOf('=');
                        String cookie = pair.substring(0, equals).strip();
                        String value = pair.substring(equals + 1).strip();
                        boolean expired = header.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")
                                || header.contains("1970");
                        if (value.isEmpty() || expired) {
                            cookies.remove(cookie);
                        } else {
                            cookies.put(cookie, value);
                        }
                    }
                }
            });
        }
    }

    private static java.net.http.HttpRequest get(String uri) {
        return java.net.http.HttpRequest.newBuilder(java.net.URI.create(uri)).GET().build();
    }

    private static java.net.http.HttpResponse.BodyHandler<String> ofString() {
        return java.net.http.HttpResponse.BodyHandlers.ofString();
    }

    private static String location(java.net.http.HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
                "no redirect: HTTP " + response.statusCode() + " from " + response.uri()));
    }

    private static String replica(java.net.http.HttpResponse<?> response) {
        return response.headers().firstValue("X-TA-Replica").orElse("(none)");
    }

    /**
     * Each image the build wrote (ContainerImagesTest reads their structure) runs: unpacked to a root file system and
     * started from it as its user in user namespaces, with the environment a Deployment gives it and the memory limit
     * of deploy/kubernetes (a container's limit stands behind -XX:MaxRAMPercentage; here -XX:MaxRAM says it), it joins
     * this platform as one more replica and becomes ready. The needs-service one answers a donor as the balanced
     * replicas do.
     */
    // one image after the other: started all at once beside the ten JVMs of this platform on two cores, a service
    // waited more than Agroal's acquisition timeout for its first database connection and ended (CI, 2026-12-06)
    @Test
    void shouldRunEachImageAsOneMoreReplica() throws Exception {
        String donor = Platform.passwordToken("donor-norland");
        Path work = Path.of("target", "image-runs");
        for (String module : ContainerImage.MODULES) {
            Path directory = work.resolve(module);
            deleteRecursively(directory);
            ContainerImage image = ContainerImage.read(ContainerImage.tarOf(module), directory.resolve("layout"));
            Path root = image.unpackRoot(directory.resolve("root"));
            int http = freePort();
            int management = freePort();
            Path log = work.resolve(module + ".log");
            Process container = image.start(root, imageEnvironment(module, http, management), log);
            try {
                await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                        .failFast(module + " ended before it was ready (its output: " + log + ")",
                                () -> !container.isAlive())
                        .untilAsserted(() -> given().when().get("http://localhost:" + management + "/q/health/ready")
                                .then().statusCode(200));
                if (module.equals("needs-service")) {
                    List<String> balanced = given().auth().oauth2(donor).queryParam("country", "KEN")
                            .queryParam("limit", 20).when().get(Platform.NEEDS + "/api/v1/needs").then()
                            .statusCode(200).extract().path("items.id");
                    given().auth().oauth2(donor).queryParam("country", "KEN").queryParam("limit", 20).when()
                            .get("http://localhost:" + http + "/api/v1/needs").then().statusCode(200)
                            .body("items.id", equalTo(balanced));
                }
            } finally {
                ContainerImage.stop(container);
                assertThat(container.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).as(module + " stopped").isTrue();
                deleteRecursively(directory);
            }
        }
    }

    /** What a Deployment of deploy/kubernetes gives the module's container, pointed at this platform. */
    private static Map<String, String> imageEnvironment(String module, int http, int management) {
        Map<String, String> environment = new java.util.HashMap<>(Map.of("QUARKUS_HTTP_PORT", Integer.toString(http),
                "QUARKUS_MANAGEMENT_PORT", Integer.toString(management), "TA_OIDC_URL", Platform.KEYCLOAK,
                "JAVA_TOOL_OPTIONS", "-XX:MaxRAM=768m"));
        if (module.equals("web-console")) {
            environment.putAll(Map.of("TA_SURVEY_URL", Platform.SURVEY, "TA_NEEDS_URL", Platform.NEEDS,
                    "TA_REGISTRY_URL", Platform.REGISTRY, "TA_COORDINATION_URL", Platform.COORDINATION));
            return environment;
        }
        String database = Platform.DATABASE_OF.get(module);
        environment.putAll(Map.of("TA_INSTANCE_ID", module + "-image", "TA_DB_URL",
                "jdbc:postgresql://localhost:" + (15432 + Platform.OFFSET) + "/" + database, "TA_DB_USER", database,
                "TA_DB_PASSWORD", database, "KAFKA_BOOTSTRAP_SERVERS", "localhost:" + (9092 + Platform.OFFSET)));
        return environment;
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path directory) throws java.io.IOException {
        if (Files.exists(directory)) {
            try (var paths = Files.walk(directory)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
