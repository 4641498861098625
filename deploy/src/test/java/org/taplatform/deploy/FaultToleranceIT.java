package org.taplatform.deploy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * What the platform promises under faults (docs/architecture.md, "Under faults"), on the launcher's platform: States'
 * responses are submitted at 10/s through survey-service while a component fails, and then, per response and need,
 * along survey-service -> outbox -> ta.survey.responses -> needs register -> ta.needs -> coordination-service:
 * nothing accepted is lost, nothing is applied twice, and no answer is a 5xx other than 503 (with Retry-After, which
 * the driver honours, as a client should). Each test has its own cycle; the platform is this class's own.
 */
class FaultToleranceIT {

    private static final int RATE = 10;
    private static final Path PIDS = Path.of(System.getenv().getOrDefault("TA_HOME", "target/platform"), "pids");

    static String coordinator;

    @BeforeAll
    static void startPlatform() {
        Platform.startForTests();
        coordinator = Platform.passwordToken("coordinator");
    }

    @AfterAll
    static void stopPlatform() throws java.io.IOException {
        // the components' logs outlive the wipe, to read what a fault did (target/fault-tolerance-logs)
        Path logs = PIDS.resolveSibling("logs");
        Path kept = Path.of("target", "fault-tolerance-logs");
        Files.createDirectories(kept);
        try (var files = Files.list(logs)) {
            for (Path log : files.toList()) {
                Files.copy(log, kept.resolve(log.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Platform.run("down.sh", "--wipe");
    }

    @Test
    void shouldLoseNothingWhenAConsumingServiceIsKilledAndItsSupervisorStartsItAgain() throws Exception {
        List<Draft> drafts = prepare("UNTOC");
        long[] killedAt = new long[1];
        long[] readyAt = new long[1];
        Outcome outcome = submit(drafts, () -> {
            killedAt[0] = System.currentTimeMillis();
            kill("needs-service");
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                    .until(() -> !ready(Platform.NEEDS)); // the dead one's answer is gone
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                    .until(() -> ready(Platform.NEEDS));
            readyAt[0] = System.currentTimeMillis();
        }, 2);
        assertEverythingAppliedOnce(drafts, outcome);
        assertThat(Platform.runAndCapture("status.sh")).containsPattern("needs-service\\s+running.*\\s1\\s*(\\n|$)");
        // how long until needs-service registered needs again: its first registration after the kill
        java.util.Set<String> needs = drafts.stream().map(Draft::needId).collect(Collectors.toSet());
        long resumedAt = Platform.readAll("ta.needs").stream()
                .filter(r -> needs.contains(Platform.header(r, "ce_subject")) && r.timestamp() > killedAt[0])
                .mapToLong(ConsumerRecord::timestamp).min().orElseThrow();
        System.out.printf("needs-service killed (-9) under load: ready again after %.1f s (its supervisor, a JVM start, "
                + "its consumers given their partitions), registering needs again %.1f s after the kill%n",
                (readyAt[0] - killedAt[0]) / 1e3, (resumedAt - killedAt[0]) / 1e3);
    }

    private static boolean ready(String service) {
        try {
            return given().when().get(Platform.management(service) + "/q/health/ready").statusCode() == 200;
        } catch (Exception notListening) { // RestAssured rethrows the ConnectException as it is
            return false;
        }
    }

    @Test
    void shouldLoseNothingWhenKafkaIsKilledAndStartedAgain() throws Exception {
        List<Draft> drafts = prepare("TIP");
        Outcome outcome = submit(drafts, () -> kill("kafka"), 2);
        assertEverythingAppliedOnce(drafts, outcome);
    }

    @Test
    void shouldAnswer503AndLoseNothingWhilePostgresqlIsStoppedUnderLoad() throws Exception {
        List<Draft> drafts = prepare("SOM");
        Outcome outcome = submit(drafts, () -> {
            Platform.run("component.sh", "stop", "postgres");
            sleepSeconds(8); // the outage itself
            Platform.run("component.sh", "start", "postgres");
        }, 2);
        System.out.printf("PostgreSQL stopped 8 s under load: %s answers; a 503 took at most %d ms%n",
                outcome.statuses(), outcome.slowest503Millis());
        assertThat(outcome.statuses()).as("answers while the database was away").containsKey(503);
        assertEverythingAppliedOnce(drafts, outcome);
    }

    @Test
    void shouldApplyABacklogOnceWhenPostgresqlStopsWhileItIsWorkedOff() throws Exception {
        List<Draft> drafts = prepare("FIREARMS");
        Path log = PIDS.resolveSibling("logs").resolve("needs-service.log");
        long logBefore = Files.size(log);
        long stopping = System.nanoTime();
        Platform.run("component.sh", "stop", "needs-service");
        // a clean stop: nothing at ERROR (a job running into a closed persistence unit, a consumer cut off)
        byte[] all = Files.readAllBytes(log);
        String stopLog = new String(all, (int) logBefore, all.length - (int) logBefore, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(stopLog).as("needs-service's log while it stopped").doesNotContain("\"level\":\"ERROR\"");
        System.out.printf("needs-service stopped in %.1f s (SIGTERM until the process ended)%n",
                (System.nanoTime() - stopping) / 1e9);
        Outcome outcome = submit(drafts, () -> {
        }, 0); // the backlog: accepted by survey-service, waiting on ta.survey.responses
        Platform.run("component.sh", "start", "needs-service");
        Platform.run("component.sh", "stop", "postgres"); // while needs-service works the backlog off
        sleepSeconds(8);
        Platform.run("component.sh", "start", "postgres");
        assertEverythingAppliedOnce(drafts, outcome);
    }

    @Test
    void shouldDeadLetterAPoisonRecordAloneAndApplyTheRestOnce() throws Exception {
        List<Draft> drafts = prepare("UNTOC");
        String poisonId = UUID.randomUUID().toString();
        String poisonSubject = "poison-" + poisonId;
        Outcome outcome = submit(drafts, () -> {
            // a record no fix of needs-service can apply: it claims to be a submission but is not JSON
            java.util.Properties config = new java.util.Properties();
            config.put("bootstrap.servers", "localhost:" + (9092 + Platform.OFFSET));
            try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<String, String>(config,
                    new org.apache.kafka.common.serialization.StringSerializer(),
                    new org.apache.kafka.common.serialization.StringSerializer())) {
                var record = new org.apache.kafka.clients.producer.ProducerRecord<String, String>(
                        "ta.survey.responses", "KEN", "{not json");
                Map.of("ce_specversion", "1.0", "ce_id", poisonId, "ce_type", "ta.survey.response.submitted.v1",
                        "ce_source", "/ta-platform/fault-test", "ce_subject", poisonSubject)
                        .forEach((name, value) -> record.headers().add(name, value.getBytes(
                                java.nio.charset.StandardCharsets.UTF_8)));
                producer.send(record).get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, 2);
        assertEverythingAppliedOnce(drafts, outcome);
        // the poison record alone is a dead letter, listed for coordinators, and on the dead-letter topic
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> given().auth().oauth2(coordinator).when()
                .get(Platform.NEEDS + "/api/v1/dead-letters").then().statusCode(200)
                .body("items.eventId", org.hamcrest.Matchers.hasItem(poisonId)));
        assertThat(Platform.readAll("ta.dlq.needs-service")).as("on the dead-letter topic")
                .anyMatch(r -> poisonId.equals(Platform.header(r, "ce_id")));
        given().when().get(Platform.management(Platform.NEEDS) + "/q/health/well").then().statusCode(503);
        // replayed, it fails again: a new letter, the first one marked replayed
        long id = ((Number) given().auth().oauth2(coordinator).when().get(Platform.NEEDS + "/api/v1/dead-letters")
                .then().extract().path("items.find { it.eventId == '" + poisonId + "' }.id")).longValue();
        given().auth().oauth2(coordinator).when().post(Platform.NEEDS + "/api/v1/dead-letters/" + id + "/replay")
                .then().statusCode(200).body("replayedAt", org.hamcrest.Matchers.notNullValue());
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> given().auth().oauth2(coordinator)
                .queryParam("state", "all").when().get(Platform.NEEDS + "/api/v1/dead-letters").then()
                .body("items.findAll { it.eventId == '" + poisonId + "' }.size()", org.hamcrest.Matchers.equalTo(2)));
    }

    /** A response started and answered, ready to submit; its need's id is known before the submission. */
    record Draft(String id, String etag, String needId) {
    }

    /** The status of each submission's final answer, how many of each status were seen, the slowest 503. */
    /** The final answer per submission, every answer counted by status, and the body of each unexpected one. */
    record Outcome(Map<String, Integer> finalStatus, Map<Integer, Integer> statuses, long slowest503Millis,
            List<String> unexpectedAnswers) {
    }

    /** The last lines at ERROR of every component's log: what a 500 was, when a run on CI saw one. */
    private static List<String> errorsLogged() {
        List<String> errors = new ArrayList<>();
        try (var logs = Files.list(PIDS.resolveSibling("logs"))) {
            for (Path log : logs.filter(Files::isRegularFile).sorted().toList()) {
                List<String> lines = Files.readAllLines(log, java.nio.charset.StandardCharsets.UTF_8).stream()
                        .filter(line -> line.contains("\"level\":\"ERROR\"")).toList();
                lines.subList(Math.max(0, lines.size() - 5), lines.size()).forEach(line -> errors.add(
                        log.getFileName() + ": " + line.substring(0, Math.min(line.length(), 3000))));
            }
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            errors.add("logs not read: " + e);
        }
        return errors;
    }

    /** A cycle of its own for one instrument, and an answered response per expected reporter. */
    private static List<Draft> prepare(String instrument) {
        String cycle = given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(Map.of("name",
                "Fault cycle " + UUID.randomUUID(), "instruments", List.of(instrument),
                "periodStart", LocalDate.now().withDayOfYear(1).toString(),
                "periodEnd", LocalDate.now().withDayOfYear(1).plusYears(1).minusDays(1).toString(),
                "deadline", LocalDate.now().plusYears(1).toString()))
                .when().post(Platform.SURVEY + "/api/v1/cycles").then().statusCode(201).extract().path("id");
        List<String> countries = given().auth().oauth2(coordinator).queryParam("instrument", instrument)
                .queryParam("limit", 500).when()
                .get(Platform.SURVEY + "/api/v1/cycles/" + cycle + "/expected-reporters").then().statusCode(200)
                .extract().path("items");
        List<Draft> drafts = new ArrayList<>();
        for (String country : countries) {
            var answered = Platform.answeredResponse(coordinator, cycle, country, instrument,
                    "TRAINING.LAW_ENFORCEMENT", "fault test need");
            drafts.add(new Draft(answered.id(), answered.etag(), answered.needId()));
        }
        assertThat(drafts).hasSizeGreaterThan(20);
        return drafts;
    }

    /**
     * Submits the drafts at {@link #RATE}/s, open loop, and runs the fault after {@code faultAfterSeconds}; a 503 is
     * tried again after its Retry-After (a client's part). Returns when every submission has its final answer.
     */
    private static Outcome submit(List<Draft> drafts, Runnable fault, int faultAfterSeconds) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, Integer> finalStatus = new ConcurrentHashMap<>();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        long[] slowest503 = new long[1];
        List<String> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());
        // a thread per submission in flight, as each State's focal point submits from their own browser
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();
        CompletableFuture<Void> faultDone = CompletableFuture.runAsync(() -> {
            sleepSeconds(faultAfterSeconds);
            fault.run();
        }, threads);
        List<CompletableFuture<Void>> calls = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            long wait = started + i * (1_000_000_000L / RATE) - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            calls.add(CompletableFuture.runAsync(() -> {
                for (int attempt = 0; attempt < 60; attempt++) {
                    long at = System.nanoTime();
                    int status;
                    String retryAfter = null;
                    try {
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(Platform.SURVEY
                                + "/api/v1/responses/" + draft.id() + "/submit"))
                                .header("Authorization", "Bearer " + coordinator).header("If-Match", draft.etag())
                                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                                HttpResponse.BodyHandlers.ofString());
                        status = response.statusCode();
                        if (status >= 500 && status != 503) {
                            unexpected.add(status + " " + response.body());
                        }
                        retryAfter = response.headers().firstValue("Retry-After").orElse(null);
                    } catch (java.io.IOException e) {
                        status = -1; // the connection itself failed
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    statuses.merge(status, 1, Integer::sum);
                    if (status == 503) {
                        synchronized (slowest503) {
                            slowest503[0] = Math.max(slowest503[0], (System.nanoTime() - at) / 1_000_000);
                        }
                        assertThat(retryAfter).as("a 503 says when to try again").isNotNull();
                        sleepSeconds(Integer.parseInt(retryAfter));
                        continue;
                    }
                    finalStatus.put(draft.id(), status);
                    return;
                }
            }, threads));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
        faultDone.get(5, TimeUnit.MINUTES);
        threads.shutdown();
        return new Outcome(finalStatus, statuses, slowest503[0], unexpected);
    }

    /**
     * Every submission accepted (200; a 409 or 412 when a retried submission had in fact gone through before its answer
     * was lost is an acceptance too, which the events then prove), no 5xx but 503, and then per response and need, once
     * each: the response's event, the need registered and announced, the need in the index of each coordination
     * replica; and no dead letter anywhere.
     */
    private static void assertEverythingAppliedOnce(List<Draft> drafts, Outcome outcome) {
        assertThat(outcome.statuses().keySet()).as(() -> "answers seen (unexpected: %s; the components' errors: %s)"
                .formatted(outcome.unexpectedAnswers(), errorsLogged())).allSatisfy(status -> assertThat(status)
                .isIn(-1, 200, 409, 412, 503));
        assertThat(outcome.finalStatus()).hasSize(drafts.size());
        assertThat(outcome.finalStatus().values()).as("every submission accepted in the end").allMatch(
                status -> status == 200 || status == 409 || status == 412);
        Map<String, String> needOfResponse = drafts.stream().collect(Collectors.toMap(Draft::id, Draft::needId));
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            Map<String, Long> submitted = count("ta.survey.responses", "ta.survey.response.submitted.v1",
                    needOfResponse.keySet());
            Map<String, Long> registered = count("ta.needs", "ta.needs.need.registered.v1",
                    new java.util.HashSet<>(needOfResponse.values()));
            assertThat(submitted).as("response submitted events, once per response").hasSize(drafts.size())
                    .allSatisfy((id, n) -> assertThat(n).isOne());
            assertThat(registered).as("need registered events, once per need").hasSize(drafts.size())
                    .allSatisfy((id, n) -> assertThat(n).isOne());
        });
        for (Draft draft : drafts) {
            given().auth().oauth2(coordinator).when().get(Platform.NEEDS + "/api/v1/needs/" + draft.needId()).then()
                    .statusCode(200);
        }
        // in each coordination replica's index, whichever replica's consumer applied it
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            for (String replica : List.of(Platform.COORDINATION, Platform.COORDINATION_2)) {
                List<String> missing = drafts.stream().map(Draft::needId).filter(need -> given().auth()
                        .oauth2(coordinator).when().get(replica + "/api/v1/needs/" + need + "/matches").statusCode()
                        != 200).toList();
                assertThat(missing).as("needs missing from the index of " + replica).isEmpty();
            }
        });
        // nothing of this flow dead-lettered (another test's poison record may be there: it is not of this flow)
        java.util.Set<String> subjects = new java.util.HashSet<>(needOfResponse.keySet());
        subjects.addAll(needOfResponse.values());
        for (String service : List.of(Platform.NEEDS, Platform.COORDINATION, Platform.REGISTRY)) {
            List<String> letters = given().auth().oauth2(coordinator).queryParam("state", "all").queryParam("limit", 500)
                    .when().get(service + "/api/v1/dead-letters").then().statusCode(200)
                    .extract().path("items.headers.ce_subject");
            assertThat(letters).as("dead letters of this flow in " + service).noneMatch(subjects::contains);
        }
    }

    /**
     * How many events (distinct CloudEvent ids) of the type each of the subjects has on the topic. The same event may
     * be on the topic twice (the outbox relay published it, and the database went away before it could record that:
     * it publishes it again); consumers apply it once by its id, so that is once in effect. Two ids for one subject
     * would be an effect applied twice.
     */
    private static Map<String, Long> count(String topic, String type, java.util.Set<String> subjects) {
        Map<String, java.util.Set<String>> ids = new HashMap<>();
        for (ConsumerRecord<String, String> record : Platform.readAll(topic)) {
            String subject = Platform.header(record, "ce_subject");
            if (type.equals(Platform.header(record, "ce_type")) && subjects.contains(subject)) {
                ids.computeIfAbsent(subject, s -> new java.util.HashSet<>()).add(Platform.header(record, "ce_id"));
            }
        }
        Map<String, Long> counts = new HashMap<>();
        ids.forEach((subject, distinct) -> counts.put(subject, (long) distinct.size()));
        return counts;
    }

    /** kill -9 of a component's process, as a crash; its supervisor starts it again. */
    private static void kill(String component) {
        try {
            long pid = Long.parseLong(Files.readString(PIDS.resolve(component + ".pid")).strip());
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void sleepSeconds(int seconds) {
        try {
            TimeUnit.SECONDS.sleep(seconds);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
