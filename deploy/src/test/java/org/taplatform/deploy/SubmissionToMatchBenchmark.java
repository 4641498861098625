package org.taplatform.deploy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.taplatform.testsupport.LatencySummary;

import io.restassured.http.ContentType;

/**
 * Survey submission -> match visible in coordination-service, on the whole platform as {@code ./platform up} starts
 * it (PostgreSQL, Kafka, Keycloak and the four services as processes, real tokens): after a warm-up round, at 50 and
 * at 25 submissions/s, open loop, each a State's response with one need, from the submit request until
 * coordination-service announces its match proposal (ta.coordination.match.proposed.v1, published once the proposal
 * is committed: from then on {@code GET /api/v1/needs/{id}/matches} shows it). Prints it beside the raw Kafka produce
 * -> consume latency on the same broker in the same run, split at the response's and the need's events, with the CPU
 * each process of the platform used per submission. Not part of the test suite
 * (the name ends in Benchmark): {@code ./mvnw test -pl deploy -am -Dtest=SubmissionToMatchBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false} (docs/coordination-service.md). It asserts only that the work was done.
 */
class SubmissionToMatchBenchmark {

    static final int RATE = 50;
    /**
     * The rate twice (a round lasts under six seconds, so one round's p99 is a few submissions), then half of
     * it; -Dta.bench.rates=50 for one round, e.g. to profile.
     */
    static final int[] ROUND_RATES = java.util.Arrays.stream(System.getProperty("ta.bench.rates", "50,50,25")
            .split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray();
    /**
     * Rounds at the rate before measuring: a steady state, as a service running for days is in. With one, the
     * first measured round still paid for the JIT's work in the services, the broker and this client (57 ms of CPU per
     * submission against 45 in the next round).
     */
    static final int WARM_UP_ROUNDS = Integer.getInteger("ta.bench.warm-up-rounds", 2);
    static final String KAFKA = "localhost:" + (9092 + Platform.OFFSET);
    static final String ORGANISATION = "XI-BENCH-PIPELINE";
    /** A subtype every instrument's questionnaire offers and the benchmark's organisation can deliver. */
    static final String SUBTYPE = "TRAINING.LAW_ENFORCEMENT";

    @BeforeAll
    static void startPlatform() {
        Platform.startForTests();
    }

    @AfterAll
    static void stopPlatform() {
        Platform.run("down.sh", "--wipe");
    }

    /** A response started and answered, ready to submit. */
    record Draft(String id, String etag, String needId, String country, String instrument) {
    }

    @Test
    void measure() throws Exception {
        String coordinator = Platform.passwordToken("coordinator");
        List<Draft> warmUp = prepare(coordinator, true);
        StringBuilder out = new StringBuilder("\n=== survey submission -> match visible in coordination-service ===\n");
        out.append("raw Kafka produce -> consume at " + RATE + "/s on the platform's broker: "
                + LatencySummary.of(rawKafka()) + "\n");
        submitAll(coordinator, warmUp, RATE, new Meter());
        for (int round = 1; round < WARM_UP_ROUNDS; round++) {
            submitAll(coordinator, prepare(coordinator, false), RATE, new Meter());
        }
        out.append(String.format(Locale.ROOT, "%d rounds of %d responses submitted at %d/s first to warm the platform"
                + " up; then rounds of as many responses (%d States, four instruments, one need each, %s):%n",
                WARM_UP_ROUNDS, warmUp.size(), RATE, warmUp.stream().map(Draft::country).distinct().count(), SUBTYPE));
        String someNeed = null;
        for (int rate : ROUND_RATES) {
            List<Draft> drafts = prepare(coordinator, false);
            Meter meter = new Meter();
            Run run = submitAll(coordinator, drafts, rate, meter);
            out.append(report(run, rate, meter));
            out.append(machine(meter.machineBefore, meter.machineAfter));
            assertThat(run.needs()).hasSize(drafts.size());
            someNeed = run.needs().keySet().iterator().next();
        }
        System.out.println(out);

        // what a user then sees: the proposed organisation among the need's matches
        given().auth().oauth2(coordinator).when().get(Platform.COORDINATION + "/api/v1/needs/" + someNeed + "/matches")
                .then().statusCode(200).body("items.organisation", org.hamcrest.Matchers.hasItem(ORGANISATION));

        // and the read models after the load still equal a rebuild from the topics
        String job = given().auth().oauth2(coordinator).when()
                .post(Platform.COORDINATION + "/api/v1/read-models/rebuilds?mode=VERIFY").then().statusCode(202)
                .extract().path("id");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(5)).until(() -> !"RUNNING".equals(
                given().auth().oauth2(coordinator).when().get(Platform.COORDINATION + "/api/v1/read-models/rebuilds/"
                        + job).then().extract().path("status")));
        Map<String, Object> differences = given().auth().oauth2(coordinator).when()
                .get(Platform.COORDINATION + "/api/v1/read-models/rebuilds/" + job).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("SUCCEEDED")).extract().path("differences");
        System.out.println("read models rebuilt from the topics after the benchmark (VERIFY), rows that differ: "
                + differences);
        assertThat(differences).allSatisfy((table, rows) -> assertThat(((Number) rows).longValue()).as(table).isZero());
    }

    private static String report(Run run, int rate, Meter meter) {
        double wall = meter.seconds();
        Map<String, Double> cpuBefore = meter.cpuBefore;
        Map<String, Double> cpuAfter = meter.cpuAfter;
        List<Double> toMatch = new ArrayList<>();
        List<Double> toResponseEvent = new ArrayList<>();
        List<Double> responseEventToRegistered = new ArrayList<>();
        List<Double> registeredToMatch = new ArrayList<>();
        run.needs().forEach((need, response) -> {
            long sent = run.sent().get(response);
            long published = run.responseEvents().get(response);
            long registered = run.registered().get(need);
            long proposed = run.proposed().get(need);
            toMatch.add((proposed - sent) / 1e3);
            toResponseEvent.add((published - sent) / 1e3);
            responseEventToRegistered.add((registered - published) / 1e3);
            registeredToMatch.add((proposed - registered) / 1e3);
        });
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "-- at %d submissions/s (sent at %.1f/s, each on its schedule); the submit call itself: %s%n",
                rate, run.rate(), LatencySummary.of(run.submitCalls())));
        out.append("submission -> match proposed by coordination-service: " + LatencySummary.of(toMatch)
                + " (target p99 1 s"
                + " at 50/s)\n");
        out.append("  of which: submission -> response submitted on ta.survey.responses (survey-service's transaction,"
                + " outbox, Kafka): " + LatencySummary.of(toResponseEvent) + "\n");
        out.append("  then: -> need registered on ta.needs (needs-service's consumer, analysis, outbox, Kafka): "
                + LatencySummary.of(responseEventToRegistered) + "\n");
        out.append("  then: -> match proposed on ta.coordination.events (coordination-service's consumer, matching,"
                + " outbox, Kafka): " + LatencySummary.of(registeredToMatch) + "\n");
        double total = 0;
        StringBuilder cpu = new StringBuilder();
        for (String process : new java.util.TreeSet<>(cpuAfter.keySet())) {
            double used = cpuAfter.get(process) - cpuBefore.getOrDefault(process, 0.0);
            total += used;
            cpu.append(String.format(Locale.ROOT, "%s %.1f ms, ", process, 1000 * used / run.needs().size()));
        }
        int cores = Runtime.getRuntime().availableProcessors();
        out.append(String.format(Locale.ROOT, "CPU per submission, from the first submission until the last match"
                + " was read (%.1f s, %d cores busy %.0f %%): %stogether %.1f ms%n", wall, cores,
                100 * total / wall / cores, cpu, 1000 * total / run.needs().size()));
        return out.toString();
    }

    /**
     * What one round of submissions saw, by response id and need id, in microseconds since the epoch: when each
     * submission left, and when the producer of each event sent it (the record's own timestamp, so that reading the
     * events late or in batches changes no figure).
     */
    record Run(Map<String, Long> sent, Map<String, String> needs, Map<String, Long> responseEvents,
            Map<String, Long> registered, Map<String, Long> proposed, List<Double> submitCalls, double rate) {
    }

    /** Submits the drafts at the rate and waits until each one's need has its match proposed. */
    /** The CPU of each process and of the machine over a round: from its first submission until its last match. */
    static final class Meter {
        Map<String, Double> cpuBefore;
        Map<String, Double> cpuAfter;
        long[] machineBefore;
        long[] machineAfter;
        long startedNanos;
        long stoppedNanos;

        void start() throws java.io.IOException {
            cpuBefore = cpuSeconds();
            machineBefore = machineTicks();
            startedNanos = System.nanoTime();
        }

        void stop() throws java.io.IOException {
            stoppedNanos = System.nanoTime();
            cpuAfter = cpuSeconds();
            machineAfter = machineTicks();
        }

        double seconds() {
            return (stoppedNanos - startedNanos) / 1e9;
        }
    }

    private static Run submitAll(String coordinator, List<Draft> drafts, int rate, Meter meter) throws Exception {
        Map<String, Long> sent = new ConcurrentHashMap<>(); // response id -> its submit request sent
        Map<String, String> needs = new ConcurrentHashMap<>(); // need id -> response id
        Map<String, Long> responseEvents = new ConcurrentHashMap<>(); // response id -> ResponseSubmitted sent by its producer
        Map<String, Long> registered = new ConcurrentHashMap<>(); // need id -> NeedRegistered sent by its producer
        Map<String, Long> proposed = new ConcurrentHashMap<>(); // need id -> first MatchProposed sent by its producer
        List<Double> submitCalls = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean stop = new AtomicBoolean();
        // fetched in batches, twice a second: the benchmark's own reading costs the broker and this machine little
        Thread reader = new Thread(() -> read(List.of("ta.survey.responses", "ta.needs", "ta.coordination.events"),
                true, stop, r -> {
                    long sentByProducer = r.timestamp() * 1000; // CreateTime, milliseconds
                    String subject = header(r, "ce_subject");
                    switch (String.valueOf(header(r, "ce_type"))) {
                        case "ta.survey.response.submitted.v1" -> responseEvents.merge(subject, sentByProducer, Math::min);
                        case "ta.needs.need.registered.v1" -> registered.merge(subject, sentByProducer, Math::min);
                        case "ta.coordination.match.proposed.v1" -> proposed.merge(subject, sentByProducer, Math::min);
                        default -> {
                        }
                    }
                }));
        reader.start();
        Thread.sleep(3_000); // the consumer joins before the first submission
        meter.start();

        // HTTP/1.1, a connection per request in flight, as States' focal points each submit from their own browser
        // (browsers speak HTTP/2 only over TLS). The client's default, HTTP/2 upgraded on the plain connection,
        // multiplexes every submission over one connection, whose lock in the server then serialises the responses
        // of all 200 worker threads (seen in a flight recording: 60 s blocked in 30 s of load).
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        List<java.util.concurrent.CompletableFuture<?>> calls = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            // open loop: each submission leaves on its schedule, whatever the earlier ones' answers took
            long wait = started + i * (1_000_000_000L / rate) - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            long at = System.nanoTime();
            sent.put(draft.id(), epochMicros());
            needs.put(draft.needId(), draft.id());
            calls.add(http.sendAsync(HttpRequest.newBuilder(URI.create(Platform.SURVEY + "/api/v1/responses/"
                    + draft.id() + "/submit")).header("Authorization", "Bearer " + coordinator)
                    .header("If-Match", draft.etag()).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                        submitCalls.add((System.nanoTime() - at) / 1e6);
                        if (error != null || response.statusCode() != 200) {
                            failures.add(draft + ": " + (error != null ? error : response.statusCode()));
                        }
                    }));
        }
        double reached = drafts.size() / ((System.nanoTime() - started) / 1e9);
        java.util.concurrent.CompletableFuture.allOf(calls.toArray(java.util.concurrent.CompletableFuture[]::new))
                .get(2, TimeUnit.MINUTES);
        assertThat(failures).isEmpty();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                .until(() -> proposed.keySet().containsAll(needs.keySet())
                        && registered.keySet().containsAll(needs.keySet())
                        && responseEvents.keySet().containsAll(needs.values()));
        meter.stop();
        stop.set(true);
        reader.join(10_000);
        return new Run(sent, needs, responseEvents, registered, proposed, submitCalls, reached);
    }

    /**
     * Opens a cycle of its own and starts and answers one response per expected reporter and instrument; the first
     * time, also registers an organisation that can deliver the benchmark's subtype for every instrument in every
     * country (so that every need gets a proposal). Not measured.
     */
    private static List<Draft> prepare(String coordinator, boolean first) {
        String cycle = given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(Map.of("name",
                (first ? "Warm-up cycle " : "Benchmark cycle ") + UUID.randomUUID(), "instruments", List.of("UNTOC", "TIP", "SOM", "FIREARMS"),
                "periodStart", LocalDate.now().withDayOfYear(1).toString(), "periodEnd",
                LocalDate.now().withDayOfYear(1).plusYears(1).minusDays(1).toString(), "deadline",
                LocalDate.now().plusYears(1).toString())).when().post(Platform.SURVEY + "/api/v1/cycles").then()
                .statusCode(201).extract().path("id");
        List<String[]> reporters = new ArrayList<>();
        for (String instrument : List.of("UNTOC", "TIP", "SOM", "FIREARMS")) {
            List<String> countries = given().auth().oauth2(coordinator).queryParam("instrument", instrument)
                    .queryParam("limit", 500).when()
                    .get(Platform.SURVEY + "/api/v1/cycles/" + cycle + "/expected-reporters").then().statusCode(200)
                    .extract().path("items");
            countries.forEach(country -> reporters.add(new String[] { country, instrument }));
        }
        if (first) {
            registerOrganisation(coordinator, reporters.stream().map(r -> r[0]).distinct().sorted().toList());
        }

        List<Draft> drafts = new ArrayList<>();
        for (String[] reporter : reporters) {
            var answered = Platform.answeredResponse(coordinator, cycle, reporter[0], reporter[1], SUBTYPE,
                    "benchmark need");
            drafts.add(new Draft(answered.id(), answered.etag(), answered.needId(), reporter[0], reporter[1]));
        }
        Collections.shuffle(drafts, new java.util.Random(7));
        return drafts;
    }

    private static void registerOrganisation(String coordinator, List<String> countries) {
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(Map.of("identifier", ORGANISATION,
                "kind", "MULTILATERAL", "names", Map.of("en", "Benchmark organisation"), "countries", countries,
                "regions", List.of(), "languages", List.of("en", "fr", "es", "ar", "ru", "zh"))).when()
                .post(Platform.REGISTRY + "/api/v1/organisations").then().statusCode(201);
        String etag = given().when().get(Platform.REGISTRY + "/api/v1/organisations/" + ORGANISATION).then()
                .statusCode(200).extract().header("ETag");
        given().auth().oauth2(coordinator).header("If-Match", etag).contentType(ContentType.JSON).body(List.of(Map.of(
                "taSubtype", SUBTYPE, "instruments", List.of("UNTOC", "TIP", "SOM", "FIREARMS"), "deliveryModes",
                List.of("WORKSHOP"), "regions", List.of(), "countries", List.of(), "languages", List.of()))).when()
                .put(Platform.REGISTRY + "/api/v1/organisations/" + ORGANISATION + "/capabilities").then()
                .statusCode(200);
        // coordination-service has it once its matches for the organisation answer
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(coordinator).when()
                .get(Platform.COORDINATION + "/api/v1/organisations/" + ORGANISATION + "/matches").then()
                .statusCode(200));
    }

    /**
     * CPU seconds used so far by each process the launcher started (its PID files), PostgreSQL with its backends
     * (children of the postmaster), from /proc.
     */
    private static Map<String, Double> cpuSeconds() throws java.io.IOException {
        Map<String, Double> used = new java.util.HashMap<>();
        java.nio.file.Path pids = java.nio.file.Path.of(System.getenv().getOrDefault("TA_HOME", "."), "pids");
        Map<Long, String> names = new java.util.HashMap<>();
        try (var files = java.nio.file.Files.list(pids)) {
            // <component>.pid only: the launcher's supervisors keep their own files beside them (.supervisor, .restarts)
            for (java.nio.file.Path file : files.filter(f -> f.getFileName().toString().endsWith(".pid")).toList()) {
                names.put(Long.parseLong(java.nio.file.Files.readString(file).trim()), file.getFileName().toString()
                        .replace(".pid", ""));
            }
        }
        try (var processes = java.nio.file.Files.list(java.nio.file.Path.of("/proc"))) {
            for (java.nio.file.Path process : processes.toList()) {
                if (!process.getFileName().toString().matches("\\d+")) {
                    continue;
                }
                try {
                    String stat = java.nio.file.Files.readString(process.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long pid = Long.parseLong(process.getFileName().toString());
                    String name = names.getOrDefault(pid, names.get(Long.parseLong(fields[1]))); // itself or a child
                    if (name != null) {
                        // utime and stime, in clock ticks of 1/100 s
                        used.merge(name, (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0,
                                Double::sum);
                    }
                } catch (java.io.IOException | RuntimeException gone) {
                    // the process ended meanwhile
                }
            }
        }
        ProcessHandle.current().info().totalCpuDuration()
                .ifPresent(own -> used.put("(the benchmark itself)", own.toMillis() / 1000.0));
        return used;
    }

    /** The machine's CPU time so far, in ticks: user, nice, system, idle, iowait, irq, softirq, steal (/proc/stat). */
    private static long[] machineTicks() throws java.io.IOException {
        String[] fields = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).get(0).trim()
                .split("\\s+");
        long[] ticks = new long[8];
        for (int i = 0; i < ticks.length; i++) {
            ticks[i] = Long.parseLong(fields[i + 1]);
        }
        return ticks;
    }

    /**
     * How the whole machine spent the round: beside the platform's processes, the kernel's network work on their
     * behalf, other processes, and time the hypervisor gave to other machines (steal).
     */
    private static String machine(long[] before, long[] after) {
        long[] used = new long[after.length];
        long total = 0;
        for (int i = 0; i < used.length; i++) {
            used[i] = after[i] - before[i];
            total += used[i];
        }
        double all = Math.max(1, total);
        return String.format(Locale.ROOT, "the machine meanwhile: user %.0f %%, system %.0f %%, softirq %.0f %%,"
                + " iowait %.0f %%, steal %.0f %%, idle %.0f %%%n", 100 * (used[0] + used[1]) / all, 100 * used[2] / all,
                100 * (used[5] + used[6]) / all, 100 * used[4] / all, 100 * used[7] / all, 100 * used[3] / all);
    }

    /** Plain producer and consumer on a topic of their own, at the same rate: the floor under every event hop. */
    private static List<Double> rawKafka() throws Exception {
        String topic = "ta.bench.raw-" + UUID.randomUUID();
        Map<String, Long> sent = new ConcurrentHashMap<>();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean stop = new AtomicBoolean();
        Thread reader = new Thread(() -> read(List.of(topic), false, stop, r -> latencies.add((System.nanoTime()
                - sent.get(r.key())) / 1e6)));
        reader.start();
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            Thread.sleep(3_000); // the consumer joins before the first record
            for (int i = 0; i < 500; i++) {
                String key = "k" + i;
                sent.put(key, System.nanoTime());
                producer.send(new ProducerRecord<>(topic, key, "v"));
                Thread.sleep(1000 / RATE);
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> latencies.size() >= 500);
        stop.set(true);
        reader.join(10_000);
        return latencies;
    }

    private static long epochMicros() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1000;
    }

    /** Reads the topics until stopped; batched: at least 1 MB or every half second, instead of each record at once. */
    private static void read(List<String> topics, boolean batched, AtomicBoolean stop,
            java.util.function.Consumer<ConsumerRecord<String, String>> action) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        if (batched) {
            config.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 1 << 20);
            config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 500);
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(topics);
            while (!stop.get()) {
                consumer.poll(Duration.ofMillis(20)).forEach(action);
            }
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
