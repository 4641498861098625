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
import org.taplatform.coordination.need.NeedReadModel;
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

    final Random random = new Random(7);
    List<String> countries;
    List<TaSubtype> subtypes;

    @Test
    void measure() throws Exception {
        countries = ReferenceData.instance().countries().stream()
                .filter(c -> c.kind() != CountryKind.REGIONAL_ECONOMIC_INTEGRATION_ORGANIZATION).map(Country::code)
                .sorted().toList();
        subtypes = ReferenceData.instance().taTypes().stream().flatMap(t -> t.subtypes().stream())
                .filter(s -> s.appliesTo("UNTOC")).toList();
        long started = System.nanoTime();
        List<UUID> needIds = load();
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        StringBuilder out = new StringBuilder("\n=== coordination-service benchmark ===\n");
        out.append(String.format(Locale.ROOT, "data: %d needs, %d organisations (3 capabilities each), %d activities,"
                + " loaded into the read models in %.1f s (%d countries, %d TA subtypes)%n", NEEDS, ORGANISATIONS,
                ACTIVITIES, loadSeconds, countries.size(), subtypes.size()));

        List<Double> kafka = rawKafka();
        out.append("raw Kafka produce -> consume at " + RATE + "/s: " + summary(kafka) + "\n");
        List<Double> proposed = needToProposal();
        out.append("need registered -> match proposed at " + RATE + "/s (" + STREAMED + " needs): " + summary(proposed)
                + "\n");

        List<Double> needWork = new ArrayList<>();
        List<Double> activityWork = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            UUID need = needIds.get(random.nextInt(needIds.size()));
            long t = System.nanoTime();
            QuarkusTransaction.requiringNew().run(() -> {
                coverage.reassess(List.of(need));
                proposals.proposeFor(need);
            });
            needWork.add((System.nanoTime() - t) / 1e6);
        }
        List<UUID> activityIds = QuarkusTransaction.requiringNew().call(() -> ActivityReadModel.getEntityManager()
                .createQuery("select a.id from ActivityReadModel a", UUID.class).setMaxResults(5_000).getResultList());
        for (int i = 0; i < SAMPLES; i++) {
            UUID activity = activityIds.get(random.nextInt(activityIds.size()));
            long t = System.nanoTime();
            QuarkusTransaction.requiringNew().run(() -> {
                ActivityReadModel read = ActivityReadModel.findById(activity);
                coverage.reassessAround(read);
                overlaps.detectAround(read);
            });
            activityWork.add((System.nanoTime() - t) / 1e6);
        }
        out.append("incremental, one new need (coverage + proposals): " + summary(needWork) + " (target p99 5 ms)\n");
        out.append("incremental, one new activity (coverage + overlaps): " + summary(activityWork)
                + " (target p99 5 ms)\n");

        List<Double> matchWork = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            UUID need = needIds.get(random.nextInt(needIds.size()));
            long t = System.nanoTime();
            QuarkusTransaction.requiringNew().run(() -> matching.best(NeedReadModel.findById(need), 10));
            matchWork.add((System.nanoTime() - t) / 1e6);
        }
        double coverageFull = mean(needWork) * NEEDS / 1000;
        double overlapFull = mean(activityWork) * ACTIVITIES / 1000;
        double matchFull = mean(matchWork) * NEEDS / 1000;
        out.append(String.format(Locale.ROOT, "full recompute, extrapolated from %d timed samples each: coverage and"
                + " proposals of %d needs %.0f s, coverage and overlaps of %d activities %.0f s, matches of %d needs"
                + " %.0f s; total %.0f s (target 2 s)%n", SAMPLES, NEEDS, coverageFull, ACTIVITIES, overlapFull, NEEDS,
                matchFull, coverageFull + overlapFull + matchFull));
        System.out.println(out);
        assertThat(proposed).hasSize(STREAMED);
    }

    private List<UUID> load() throws Exception {
        List<UUID> needIds = new ArrayList<>();
        List<String> organisations = new ArrayList<>();
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
                String[] words = { "training", "prosecutors", "judges", "police", "cybercrime", "evidence", "drafting",
                        "legislation", "trafficking", "firearms", "corruption", "cooperation", "investigators",
                        "workshop", "mentoring", "border", "customs", "witness", "protection", "asset" };
                List<String> beneficiaries = ReferenceData.instance().beneficiaryGroups().stream().map(t -> t.code())
                        .toList();
                for (int i = 0; i < ACTIVITIES; i++) {
                    String organisation = organisations.get(random.nextInt(ORGANISATIONS));
                    LocalDate start = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(1000));
                    activity.setObject(1, UUID.randomUUID());
                    activity.setString(2, organisation + "-A" + i);
                    activity.setString(3, organisation);
                    activity.setString(4, String.valueOf(1 + random.nextInt(4)));
                    activity.setObject(5, start);
                    activity.setObject(6, start.plusDays(90 + random.nextInt(600)));
                    activity.setArray(7, connection.createArrayOf("varchar", new String[] { country() }));
                    activity.setArray(8, connection.createArrayOf("varchar", new String[] { subtype() }));
                    activity.setArray(9, connection.createArrayOf("varchar", new String[] {
                            beneficiaries.get(random.nextInt(beneficiaries.size())) }));
                    activity.setArray(10, connection.createArrayOf("uuid",
                            random.nextInt(10) == 0 ? new UUID[] { needIds.get(random.nextInt(NEEDS)) } : new UUID[0]));
                    StringBuilder title = new StringBuilder();
                    // two words of the trade, and four of a place, an institution, a topic (a vocabulary of 2,000)
                    for (int w = 0; w < 2; w++) {
                        title.append(words[random.nextInt(words.length)]).append(' ');
                    }
                    for (int w = 0; w < 4; w++) {
                        title.append("term").append(random.nextInt(2_000)).append(' ');
                    }
                    Map<String, String> titles = Map.of("en", title.toString().trim());
                    Map<String, String> descriptions = Map.of("en", "Bench activity " + i);
                    activity.setString(11, json.writeValueAsString(titles));
                    activity.setString(12, json.writeValueAsString(descriptions));
                    // the terms the projection stores with every activity
                    activity.setString(13, json.writeValueAsString(ProviderReadModelService.storedTerms(titles,
                            descriptions)));
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
        return needIds;
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
    private List<Double> needToProposal() throws Exception {
        Map<String, Long> sent = new ConcurrentHashMap<>();
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
            KafkaTestClient.send(Topics.NEEDS, country, json.writeValueAsString(event),
                    KafkaTestClient.cloudEventHeaders(UUID.randomUUID().toString(), event.eventType(), id.toString()));
            pace(i);
        }
        reader.join(Duration.ofMinutes(10).toMillis());
        stop.set(true);
        return latencies;
    }

    private final long paceStart = System.nanoTime();

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

    private static String summary(List<Double> values) {
        if (values.isEmpty()) {
            return "no samples";
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d samples)",
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1),
                sorted.get(sorted.size() - 1), sorted.size());
    }
}
