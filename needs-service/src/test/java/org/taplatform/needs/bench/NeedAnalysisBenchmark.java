package org.taplatform.needs.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.taplatform.reference.Country;
import org.taplatform.reference.CountryKind;
import org.taplatform.reference.ReferenceData;
import org.taplatform.reference.TaSubtype;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestTokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Analysis throughput against the same service's trivial authenticated GET, measured side by side, and the heap of
 * a 100k-need CSV export. Not part of the test suite (the name does not end in Test): {@code ./platform bench}
 * (docs/needs-service.md). It prints its figures; it asserts only that the requests succeeded.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class NeedAnalysisBenchmark {

    static final int ANALYSED_NEEDS = 20_000;
    static final int EXPORTED_NEEDS = 100_000;
    static final Duration WARM_UP = Duration.ofSeconds(3);
    static final Duration MEASURE = Duration.ofSeconds(8);
    static final int CLIENTS = 4;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    final String token = TestTokens.coordinator();

    @Test
    void analysisThroughputAndExportHeap() throws Exception {
        UUID cycle = UUID.randomUUID();
        List<UUID> ids = insertNeeds(ANALYSED_NEEDS, cycle);
        String base = "http://localhost:" + port;
        List<String> regions = ReferenceData.instance().regions().stream().map(r -> r.code()).toList();

        IntFunction<String> trivial = i -> base + "/api/v1/needs/" + ids.get(i % ids.size());
        IntFunction<String> aggregate = i -> base + "/api/v1/analysis/needs/by-ta-type?cycleId=" + cycle;
        // a different table at each request: nothing is served from the cache
        IntFunction<String> uncached = i -> base + "/api/v1/analysis/needs/by-ta-subtype?cycleId=" + cycle
                + "&region=" + regions.get(i % regions.size()) + "&priority=" + List.of("HIGH", "MEDIUM", "LOW").get(i % 3)
                + "&q=" + (i / (regions.size() * 3));

        double trivialRate = throughput(trivial);
        double aggregateRate = throughput(aggregate);
        double uncachedRate = throughput(uncached);
        double trivialAgain = throughput(trivial);
        double baseline = (trivialRate + trivialAgain) / 2;

        List<UUID> more = insertNeeds(EXPORTED_NEEDS - ANALYSED_NEEDS, cycle);
        assertThat(ids.size() + more.size()).isEqualTo(EXPORTED_NEEDS);
        long[] export = exportHeap(base + "/api/v1/needs/export.csv?cycleId=" + cycle);

        System.out.printf(Locale.ROOT, """

                == needs-service analysis benchmark (%d needs; %d clients, %d s per figure, same JVM and database) ==
                trivial GET /api/v1/needs/{id}:             %,8.0f requests/s  (mean of a run before and after)
                GET /analysis/needs/by-ta-type (steady):    %,8.0f requests/s  -> %5.1f%% of the trivial GET (target >= 50%%)
                GET /analysis/needs/by-ta-subtype (each a new filter, never cached):
                                                            %,8.0f requests/s  -> %5.1f%% of the trivial GET
                CSV export of %,d needs: %,.1f MB streamed in %.1f s; heap after GC before %,.1f MB, at most %,.1f MB during
                                         -> growth %,.1f MB (target < 50 MB)
                %n""", ANALYSED_NEEDS, CLIENTS, MEASURE.toSeconds(), baseline, aggregateRate,
                100 * aggregateRate / baseline, uncachedRate, 100 * uncachedRate / baseline, EXPORTED_NEEDS,
                export[0] / 1e6, export[1] / 1e3, export[2] / 1e6, export[3] / 1e6, (export[3] - export[2]) / 1e6);
    }

    /** Requests per second of CLIENTS threads asking in a loop (after a warm-up), each answer checked for 200. */
    double throughput(IntFunction<String> urls) throws Exception {
        run(urls, WARM_UP);
        return run(urls, MEASURE) / (MEASURE.toNanos() / 1e9);
    }

    long run(IntFunction<String> urls, Duration duration) throws Exception {
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        Instant end = Instant.now().plus(duration);
        try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                running.add(clients.submit(() -> {
                    int i = client * 1_000_003;
                    while (Instant.now().isBefore(end)) {
                        HttpRequest request = HttpRequest.newBuilder(URI.create(urls.apply(i++)))
                                .header("Authorization", "Bearer " + token).GET().build();
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        (response.statusCode() == 200 ? done : failed).incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        }
        assertThat(failed.get()).as("failed requests").isZero();
        return done.get();
    }

    /**
     * Streams the export and samples the heap after a GC every 100 ms meanwhile: the live data the export holds,
     * not the garbage it makes. Returns bytes streamed, milliseconds, heap before, the highest heap during.
     */
    long[] exportHeap(String url) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        AtomicBoolean exporting = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().start(() -> {
            while (exporting.get()) {
                System.gc();
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(100); // sampling interval of a measurement, not a wait for a result
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long start = System.nanoTime();
        long bytes = 0;
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        try (InputStream body = response.body()) {
            byte[] buffer = new byte[64 * 1024];
            for (int read; (read = body.read(buffer)) >= 0;) {
                bytes += read;
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        exporting.set(false);
        sampler.join();
        assertThat(bytes).isGreaterThan(EXPORTED_NEEDS * 100L);
        return new long[] { bytes, millis, before, peak.get() };
    }

    /** Needs written straight into the register's table (benchmark data, not a use case), in one cycle. */
    List<UUID> insertNeeds(int count, UUID cycle) throws Exception {
        List<String> countries = ReferenceData.instance().countries().stream()
                .filter(c -> c.kind() != CountryKind.REGIONAL_ECONOMIC_INTEGRATION_ORGANIZATION).map(Country::code)
                .toList();
        List<TaSubtype> subtypes = ReferenceData.instance().taTypes().stream().flatMap(t -> t.subtypes().stream())
                .toList();
        List<String> consents = List.of("PUBLIC", "PROVIDERS_AND_DONORS", "UNODC_ONLY");
        Random random = new Random(count);
        List<UUID> ids = new ArrayList<>(count);
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement("""
                insert into need (id, country, instrument, ta_type, ta_subtype, description, priority, source, consent,
                                  status, cycle_id, registered_at, version, beneficiary_groups)
                values (?, ?, 'UNTOC', ?, ?, ?, ?, 'SURVEY', ?, 'OPEN', ?, ?, 0, '{}')""")) {
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                TaSubtype subtype = subtypes.get(random.nextInt(subtypes.size()));
                insert.setObject(1, id);
                insert.setString(2, countries.get(random.nextInt(countries.size())));
                insert.setString(3, subtype.typeCode());
                insert.setString(4, subtype.code());
                insert.setString(5, "Benchmark need " + i + " for " + subtype.code());
                insert.setString(6, List.of("HIGH", "MEDIUM", "LOW").get(i % 3));
                insert.setString(7, consents.get(i % 3));
                insert.setObject(8, cycle);
                insert.setTimestamp(9, Timestamp.from(Instant.now()));
                insert.addBatch();
                ids.add(id);
                if (i % 1000 == 999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        return ids;
    }
}
