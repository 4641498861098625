package org.taplatform.coordination.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.taplatform.coordination.coverage.CoverageService;
import org.taplatform.coordination.matching.MatchProposals;
import org.taplatform.coordination.matching.MatchingService;
import org.taplatform.coordination.index.IndexMaintenance;
import org.taplatform.coordination.index.IndexedActivity;
import org.taplatform.coordination.index.IndexedNeed;
import org.taplatform.coordination.index.ReadModelIndex;
import org.taplatform.coordination.need.NeedReadModel;
import org.taplatform.coordination.rebuild.FullRecompute;
import org.taplatform.coordination.rebuild.RecomputeWarmUp;
import org.taplatform.coordination.overlap.OverlapDetectionService;
import org.taplatform.coordination.provider.ActivityReadModel;
import org.taplatform.coordination.provider.ProviderReadModelService;
import org.taplatform.events.NeedSource;
import org.taplatform.events.SharingConsent;
import org.taplatform.events.Topics;
import org.taplatform.events.coordination.MatchProposed;
import org.taplatform.events.needs.NeedRegistered;
import org.taplatform.reference.Country;
import org.taplatform.reference.CountryKind;
import org.taplatform.reference.ReferenceData;
import org.taplatform.reference.TaSubtype;
import org.taplatform.testsupport.KafkaTestClient;
import org.taplatform.testsupport.LatencySummary;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestKafka;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * coordination-service at the scale: 20k needs, 2k organisations, 100k activities in its read models. Prints
 * the raw Kafka produce-to-consume latency and, in the same run, need registered -> match proposed at 50 needs/s, the
 * incremental work for one new need and one new activity, and the full recompute (extrapolated from timed samples).
 * Not part of the test suite (the name does not end in Test): {@code ./platform bench -pl coordination-service}
 * (docs/coordination-service.md). It asserts only that the work was done.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class CoordinationBenchmark {

    static final int NEEDS = 20_000;
    static final int ORGANISATIONS = 2_000;
    static final int ACTIVITIES = 100_000;
    static final int RATE = 50;
    static final int STREAMED = 500;
    static final int SAMPLES = 300;

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ObjectMapper json;
    @Inject
    CoverageService coverage;
    @Inject
    MatchProposals proposals;
    @Inject
    MatchingService matching;
    @Inject
    OverlapDetectionService overlaps;
    @Inject
    IndexMaintenance maintenance;
    @Inject
    ReadModelIndex index;
    @Inject
    FullRecompute recompute;
    @Inject
    RecomputeWarmUp warmUp;

    final Random random = new Random(7);
    List<String> countries;
    List<TaSubtype> subtypes;
    final List<UUID> needIds = new ArrayList<>();
    final List<String> organisations = new ArrayList<>();

    @Test
    void measure() throws Exception {
        countries = ReferenceData.instance().countries().stream()
                .filter(c -> c.kind() != CountryKind.REGIONAL_ECONOMIC_INTEGRATION_ORGANIZATION).map(Country::code)
                .sorted().toList();
        subtypes = ReferenceData.instance().taTypes().stream().flatMap(t -> t.subtypes().stream())
                .filter(s -> s.appliesTo("UNTOC")).toList();
        long started = System.nanoTime();
        load();
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        StringBuilder out = new StringBuilder("\n=== coordination-service benchmark ===\n");
        out.append(String.format(Locale.ROOT, "data: %d needs, %d organisations (3 capabilities each), %d activities,"
                + " loaded into the read models in %.1f s (%d countries, %d TA subtypes)%n", NEEDS, ORGANISATIONS,
                ACTIVITIES, loadSeconds, countries.size(), subtypes.size()));

        long heapBefore = heapInUseMb();
        long indexing = System.nanoTime();
        maintenance.reload();
        double indexSeconds = (System.nanoTime() - indexing) / 1e9;
        long heapAfter = heapInUseMb();
        out.append(String.format(Locale.ROOT, "read-model index loaded in %.1f s; heap in use after GC %d MB, of which"
                + " the index %d MB%n", indexSeconds, heapAfter, heapAfter - heapBefore));
        // as the service does at start once the index is loaded: the first computation in this JVM, nothing written
        long warmUpMillis = warmUp.run();
        out.append(String.format(Locale.ROOT, "the full recompute computed once as at start (the first computation in"
                + " this JVM, its code compiled meanwhile; nothing read or written): %d ms%n", warmUpMillis));

        List<Double> kafka = rawKafka();
        out.append("raw Kafka produce -> consume at " + RATE + "/s: " + LatencySummary.of(kafka) + "\n");
        List<Double> proposed = needToProposal();
        out.append("need registered -> match proposed at " + RATE + "/s (" + STREAMED + " needs): "
                + LatencySummary.of(proposed) + "\n");
        out.append("  of which: sent -> proposal made (consumer queue, event's transaction): "
                + LatencySummary.of(toProposalMade) + "\n");
        out.append("  and: proposal made -> received (commit, outbox relay, Kafka): "
                + LatencySummary.of(proposalMadeToReceived) + "\n");

        // one new need: in memory (index entry, coverage, ranked matches), then the whole transaction with its writes
        List<Double> needCompute = new ArrayList<>();
        List<Double> needTransaction = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            UUID need = UUID.randomUUID();
            String country = country();
            String subtype = subtype();
            long t = System.nanoTime();
            IndexedNeed indexed = new IndexedNeed(need, country, "UNTOC", type(subtype), subtype, "HIGH",
                    SharingConsent.PROVIDERS_AND_DONORS, "OPEN", null, null, List.of(),
                    org.taplatform.coordination.index.NeedsToMatch.of(need, country, "UNTOC", type(subtype), subtype));
            coverage.assess(indexed, LocalDate.now());
            matching.best(indexed, proposals.limit());
            needCompute.add((System.nanoTime() - t) / 1e6);
            t = System.nanoTime();
            QuarkusTransaction.requiringNew().run(() -> {
                NeedReadModel row = new NeedReadModel();
                row.id = need;
                row.country = country;
                row.instrument = "UNTOC";
                row.article = "18";
                row.taType = type(subtype);
                row.taSubtype = subtype;
                row.priority = "HIGH";
                row.source = NeedSource.SURVEY;
                row.consent = SharingConsent.PROVIDERS_AND_DONORS;
                row.status = "OPEN";
                row.registeredAt = Instant.now();
                row.lastEventId = "bench";
                row.persist();
                maintenance.refreshNeed(need);
                coverage.reassess(List.of(need));
                proposals.proposeFor(need);
            });
            needTransaction.add((System.nanoTime() - t) / 1e6);
        }
        // one new activity: in memory (index entry, coverage of the needs around it, overlaps), then with its writes
        List<Double> activityCompute = new ArrayList<>();
        List<Double> activityTransaction = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            ActivityReadModel row = activity(ACTIVITIES + i, organisations.get(random.nextInt(ORGANISATIONS)));
            long t = System.nanoTime();
            IndexedActivity indexed = IndexMaintenance.indexed(row, java.time.LocalDate.now().minusDays(90));
            for (String country : indexed.fact().countries()) {
                for (String subtype : indexed.fact().taSubtypes()) {
                    index.needsIn(country, subtype).forEach(n -> coverage.assess(n, LocalDate.now()));
                }
            }
            overlaps.overlapsOf(indexed);
            activityCompute.add((System.nanoTime() - t) / 1e6);
            t = System.nanoTime();
            QuarkusTransaction.requiringNew().run(() -> {
                row.persist();
                maintenance.refreshActivity(row.id);
                IndexedActivity live = index.activity(row.id).orElseThrow();
                coverage.reassessAround(live);
                overlaps.detectAround(live);
            });
            activityTransaction.add((System.nanoTime() - t) / 1e6);
        }
        out.append("incremental, one new need, in memory (coverage + ranked matches): " + LatencySummary.of(needCompute)
                + " (target p99 5 ms)\n");
        out.append("  the same with its transaction (need row, coverage, proposals, outbox): "
                + LatencySummary.of(needTransaction) + "\n");
        out.append("incremental, one new activity, in memory (coverage around it + overlaps): "
                + LatencySummary.of(activityCompute) + " (target p99 5 ms)\n");
        out.append("  the same with its transaction (activity row, coverage, alerts, outbox): "
                + LatencySummary.of(activityTransaction) + "\n");

        // the first recompute asked for finds everything to write: the data was loaded without coverage, proposals or
        // alerts; the next ones, once the first one's announcements are published and consumed (the service quiet
        // again), find nothing to change
        FullRecompute.Result cold = recompute.run();
        out.append(String.format(Locale.ROOT, "full recompute of %d needs and %d activities (coverage, matches,"
                + " overlaps), the first asked for: %s; then wrote %d coverage changes, proposals for %d needs, %d alerts"
                + " raised, %d refreshed, %d closed in %d ms%n", cold.needs(), cold.activities(), timings(cold),
                cold.coverageChanged(), cold.needsWithNewProposals(), cold.alertsRaised(), cold.alertsRefreshed(),
                cold.alertsClosed(), cold.writeMillis()));
        List<FullRecompute.Result> again = new ArrayList<>();
        for (int run = 0; run < 5; run++) {
            long quiet = waitUntilQuiet();
            FullRecompute.Result steady = recompute.run();
            again.add(steady);
            out.append(String.format(Locale.ROOT, "full recompute again (after %d s for the service to be quiet): %s;"
                    + " %d changes written in %d ms%n", quiet, timings(steady), steady.changes(),
                    steady.writeMillis()));
        }
        System.out.println(out);
        assertThat(proposed).hasSize(STREAMED);
        // coverage may change at midnight (an activity that ended yesterday no longer covers); the rest may not
        assertThat(again).allSatisfy(r -> assertThat(r.needsWithNewProposals() + r.alertsRaised() + r.alertsRefreshed()
                + r.alertsClosed()).isZero());
    }

    /**
     * Waits (bounded) until the outbox is empty and the service's own consumers of ta.coordination.events (the webhook
     * fan-out) have read everything; returns the seconds it took.
     */
    private static String timings(FullRecompute.Result result) {
        return String.format(Locale.ROOT, "ready to write in %d ms (target 2 s): computed in %d ms (coverage %d ms,"
                + " matches %d ms, overlaps %d ms), what is stored read meanwhile in %d ms", result.readyMillis(),
                result.computeMillis(), result.coverageMillis(), result.matchesMillis(), result.overlapsMillis(),
                result.readMillis());
    }

    private long waitUntilQuiet() throws Exception {
        long started = System.nanoTime();
        Properties config = new Properties();
        config.put("bootstrap.servers", TestKafka.bootstrapServers());
        try (var admin = org.apache.kafka.clients.admin.Admin.create(config)) {
            org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> pendingOutbox() == 0 && lag(admin, "coordination-service-webhooks") == 0);
        }
        return (System.nanoTime() - started) / 1_000_000_000;
    }

    private long pendingOutbox() throws Exception {
        try (Connection connection = dataSource.getConnection(); var count = connection.createStatement();
                var rows = count.executeQuery("select count(*) from outbox_event where sent_at is null")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long lag(org.apache.kafka.clients.admin.Admin admin, String group) throws Exception {
        var committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        var latest = admin.listOffsets(committed.keySet().stream().collect(java.util.stream.Collectors.toMap(
                p -> p, p -> org.apache.kafka.clients.admin.OffsetSpec.latest()))).all().get();
        long lag = 0;
        for (var entry : committed.entrySet()) {
            lag += latest.get(entry.getKey()).offset() - (entry.getValue() == null ? 0 : entry.getValue().offset());
        }
        return lag;
    }

    private static String type(String subtype) {
        return subtype.substring(0, subtype.indexOf('.'));
    }

    private static long heapInUseMb() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
    }

    private void load() throws Exception {

        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement organisation = connection.prepareStatement("insert into organisation_read_model"
                    + " (identifier, kind, names, countries, regions, languages, last_event_id) values"
                    + " (?, 'CIVIL_SOCIETY', cast(? as jsonb), ?, '{}', ?, 'bench')");
                    PreparedStatement capability = connection.prepareStatement("insert into capability_read_model"
                            + " (id, organisation, ta_subtype, instruments, delivery_modes, regions, countries, languages)"
                            + " values (?, ?, ?, '{UNTOC}', '{WORKSHOP}', '{}', '{}', ?)")) {
                for (int i = 0; i < ORGANISATIONS; i++) {
                    String id = "XI-BENCH-" + i;
                    organisations.add(id);
                    organisation.setString(1, id);
                    organisation.setString(2, "{\"en\": \"Bench organisation " + i + "\"}");
                    organisation.setArray(3, connection.createArrayOf("varchar", new String[] { country(), country() }));
                    organisation.setArray(4, connection.createArrayOf("varchar", new String[] { "en" }));
                    organisation.addBatch();
                    for (int c = 0; c < 3; c++) {
                        capability.setObject(1, UUID.randomUUID());
                        capability.setString(2, id);
                        capability.setString(3, subtype());
                        capability.setArray(4, connection.createArrayOf("varchar", new String[] { "en", "fr" }));
                        capability.addBatch();
                    }
                }
                organisation.executeBatch();
                capability.executeBatch();
            }
            try (PreparedStatement need = connection.prepareStatement("insert into need_read_model (id, country,"
                    + " instrument, article, ta_type, ta_subtype, priority, source, consent, status, registered_at,"
                    + " last_event_id) values (?, ?, 'UNTOC', '18', ?, ?, 'HIGH', 'SURVEY', 'PROVIDERS_AND_DONORS',"
                    + " 'OPEN', ?, 'bench')")) {
                for (int i = 0; i < NEEDS; i++) {
                    UUID id = UUID.randomUUID();
                    needIds.add(id);
                    String subtype = subtype();
                    need.setObject(1, id);
                    need.setString(2, country());
                    need.setString(3, subtype.substring(0, subtype.indexOf('.')));
                    need.setString(4, subtype);
                    need.setTimestamp(5, Timestamp.from(Instant.now()));
                    need.addBatch();
                }
                need.executeBatch();
            }
            try (PreparedStatement activity = connection.prepareStatement("insert into activity_read_model (id,"
                    + " iati_identifier, reporting_organisation, participants, status, planned_start, planned_end,"
                    + " recipient_countries, recipient_regions, ta_subtypes, instruments, beneficiary_groups, need_ids,"
                    + " titles, descriptions, terms, version) values (?, ?, ?, '{}', ?, ?, ?, ?, '{}', ?, '{UNTOC}', ?,"
                    + " ?, cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), 0)")) {
                for (int i = 0; i < ACTIVITIES; i++) {
                    ActivityReadModel row = activity(i, organisations.get(random.nextInt(ORGANISATIONS)));
                    activity.setObject(1, row.id);
                    activity.setString(2, row.iatiIdentifier);
                    activity.setString(3, row.reportingOrganisation);
                    activity.setString(4, row.status);
                    activity.setObject(5, row.plannedStart);
                    activity.setObject(6, row.plannedEnd);
                    activity.setArray(7, connection.createArrayOf("varchar", row.recipientCountries));
                    activity.setArray(8, connection.createArrayOf("varchar", row.taSubtypes));
                    activity.setArray(9, connection.createArrayOf("varchar", row.beneficiaryGroups));
                    activity.setArray(10, connection.createArrayOf("uuid", row.needIds));
                    activity.setString(11, json.writeValueAsString(row.titles));
                    activity.setString(12, json.writeValueAsString(row.descriptions));
                    activity.setString(13, json.writeValueAsString(row.terms));
                    activity.addBatch();
                    if (i % 5_000 == 4_999) {
                        activity.executeBatch();
                    }
                }
                activity.executeBatch();
            }
            connection.commit();
        }
        try (Connection connection = dataSource.getConnection(); var analyze = connection.createStatement()) {
            analyze.execute("analyze");
        }
    }

    static final String[] WORDS = { "training", "prosecutors", "judges", "police", "cybercrime", "evidence",
            "drafting", "legislation", "trafficking", "firearms", "corruption", "cooperation", "investigators",
            "workshop", "mentoring", "border", "customs", "witness", "protection", "asset" };

    /** A random activity of the organisation, as the projection would store it (with its analysed terms). */
    private ActivityReadModel activity(int i, String organisation) {
        List<String> beneficiaries = ReferenceData.instance().beneficiaryGroups().stream().map(t -> t.code()).toList();
        ActivityReadModel row = new ActivityReadModel();
        row.id = UUID.randomUUID();
        row.iatiIdentifier = organisation + "-A" + i;
        row.reportingOrganisation = organisation;
        row.status = String.valueOf(1 + random.nextInt(4));
        row.plannedStart = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(1000));
        row.plannedEnd = row.plannedStart.plusDays(90 + random.nextInt(600));
        row.recipientCountries = new String[] { country() };
        row.taSubtypes = new String[] { subtype() };
        row.instruments = new String[] { "UNTOC" };
        row.beneficiaryGroups = new String[] { beneficiaries.get(random.nextInt(beneficiaries.size())) };
        row.needIds = random.nextInt(10) == 0 ? new UUID[] { needIds.get(random.nextInt(needIds.size())) }
                : new UUID[0];
        StringBuilder title = new StringBuilder();
        // two words of the trade, and four of a place, an institution, a topic (a vocabulary of 2,000)
        for (int w = 0; w < 2; w++) {
            title.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        for (int w = 0; w < 4; w++) {
            title.append("term").append(random.nextInt(2_000)).append(' ');
        }
        row.titles = new java.util.LinkedHashMap<>(Map.of("en", title.toString().trim()));
        row.descriptions = new java.util.LinkedHashMap<>(Map.of("en", "Bench activity " + i));
        ProviderReadModelService.storeTerms(row);
        return row;
    }

    private String country() {
        return countries.get(random.nextInt(countries.size()));
    }

    private String subtype() {
        return subtypes.get(random.nextInt(subtypes.size())).code();
    }

    /** Plain producer and consumer on a topic of their own, at the same rate: the floor under every event path. */
    private List<Double> rawKafka() throws Exception {
        String topic = "ta.bench.raw-" + UUID.randomUUID();
        Map<String, Long> sent = new ConcurrentHashMap<>();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean done = new AtomicBoolean();
        Thread reader = new Thread(() -> {
            try (KafkaConsumer<String, String> consumer = consumer()) {
                consumer.subscribe(List.of(topic));
                while (!done.get() || latencies.size() < STREAMED) {
                    consumer.poll(Duration.ofMillis(20)).forEach(r -> latencies.add(
                            (System.nanoTime() - sent.get(r.key())) / 1e6));
                    if (done.get() && latencies.size() >= STREAMED) {
                        break;
                    }
                }
            }
        });
        reader.start();
        try (KafkaProducer<String, String> producer = producer()) {
            Thread.sleep(2_000); // the consumer joins before the first record
            for (int i = 0; i < STREAMED; i++) {
                String key = "k" + i;
                sent.put(key, System.nanoTime());
                producer.send(new ProducerRecord<>(topic, key, "v"));
                pace(i);
            }
        }
        done.set(true);
        reader.join(30_000);
        return latencies;
    }

    /** NeedRegistered on ta.needs, as needs-service publishes it after a survey submission, until its proposal. */
    /** Of the last run of {@link #needToProposal()}: from the event sent to the proposal made, and on to its receipt. */
    final List<Double> toProposalMade = Collections.synchronizedList(new ArrayList<>());
    final List<Double> proposalMadeToReceived = Collections.synchronizedList(new ArrayList<>());

    private List<Double> needToProposal() throws Exception {
        Map<String, Long> sent = new ConcurrentHashMap<>();
        Map<String, Instant> sentAt = new ConcurrentHashMap<>();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean stop = new AtomicBoolean();
        Thread reader = new Thread(() -> {
            try (KafkaConsumer<String, String> consumer = consumer()) {
                consumer.subscribe(List.of(Topics.COORDINATION_EVENTS));
                long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
                java.util.Set<String> seen = new java.util.HashSet<>();
                while (!stop.get() && seen.size() < STREAMED && System.nanoTime() < deadline) {
                    consumer.poll(Duration.ofMillis(20)).forEach(r -> {
                        String subject = KafkaTestClient.header(r, "ce_subject");
                        Long at = subject == null ? null : sent.get(subject);
                        if (at != null && MatchProposed.TYPE.equals(KafkaTestClient.header(r, "ce_type"))
                                && seen.add(subject)) {
                            latencies.add((System.nanoTime() - at) / 1e6);
                            Instant received = Instant.now();
                            Instant made = proposedAt(r.value());
                            toProposalMade.add(Duration.between(sentAt.get(subject), made).toNanos() / 1e6);
                            proposalMadeToReceived.add(Duration.between(made, received).toNanos() / 1e6);
                        }
                    });
                }
            }
        });
        reader.start();
        Thread.sleep(2_000);
        for (int i = 0; i < STREAMED; i++) {
            UUID id = UUID.randomUUID();
            String country = country();
            String subtype = subtype();
            NeedRegistered event = new NeedRegistered(id, country, "UNTOC", "18", subtype.substring(0,
                    subtype.indexOf('.')), subtype, null, List.of(), "bench", "HIGH", NeedSource.SURVEY,
                    SharingConsent.PROVIDERS_AND_DONORS, null, null, Instant.now());
            sent.put(id.toString(), System.nanoTime());
            sentAt.put(id.toString(), Instant.now());
            KafkaTestClient.send(Topics.NEEDS, country, json.writeValueAsString(event),
                    KafkaTestClient.cloudEventHeaders(UUID.randomUUID().toString(), event.eventType(), id.toString()));
            pace(i);
        }
        reader.join(Duration.ofMinutes(10).toMillis());
        stop.set(true);
        return latencies;
    }

    private Instant proposedAt(String value) {
        try {
            var node = json.readTree(value).get("proposedAt");
            return node.isNumber() ? Instant.ofEpochMilli((long) (node.asDouble() * 1000)) : Instant.parse(node.asText());
        } catch (Exception e) {
            throw new IllegalStateException("no proposedAt in " + value, e);
        }
    }


    private static void pace(int i) throws InterruptedException {
        Thread.sleep(1000 / RATE);
    }

    private static KafkaConsumer<String, String> consumer() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return new KafkaConsumer<>(config);
    }

    private static KafkaProducer<String, String> producer() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(config);
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
}
