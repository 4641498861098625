package org.taplatform.events.outbox;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;
import org.taplatform.events.MessagingConfig;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

/**
 * Publishes outbox rows to Kafka and marks them sent.
 * <p>
 * One relay at a time per service database: a transaction-scoped PostgreSQL advisory lock makes the other
 * instances skip their run, so no row is published by two instances and each key's events leave in the
 * order they were recorded. A row is marked sent only after Kafka acknowledged it ({@code acks=all}); if the
 * service dies between the acknowledgement and the commit, the row is published again on the next run, and
 * consumers, which apply each event id once, absorb the duplicate.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /** What a batch returns when another instance holds the lock. */
    public static final int LOCK_HELD = -1;
    static final long LOCK_RETRY_MILLIS = 50;

    /** Advisory lock id shared by every instance of a service: "taoutbox" in ASCII. */
    static final long RELAY_LOCK = 0x7461_6f75_7462_6f78L;

    private static final String SELECT_PENDING = """
            select id, event_id, topic, message_key, event_type, subject, occurred_at, payload::text, traceparent
            from outbox_event where sent_at is null order by id limit ?
            """;

    private final AgroalDataSource dataSource;
    private final KafkaPublisher publisher;
    private final MessagingConfig config;
    private final Counter published;
    private final Counter failed;
    /**
     * Runs the relay right after a commit that recorded events, instead of waiting for the schedule. The scheduled
     * runs go through it too: one thread runs every relay of this instance, so a wake-up never finds the lock held by
     * its own instance's other run (and its events left to the next schedule, a second later).
     */
    private final ScheduledExecutorService wakeups = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
            .name("outbox-relay").daemon().factory());
    private final AtomicBoolean wakeupQueued = new AtomicBoolean();

    OutboxRelay(AgroalDataSource dataSource, KafkaPublisher publisher, MessagingConfig config, MeterRegistry metrics) {
        this.dataSource = dataSource;
        this.publisher = publisher;
        this.config = config;
        this.published = Counter.builder("ta.outbox.published").description("outbox events acknowledged by Kafka")
                .register(metrics);
        this.failed = Counter.builder("ta.outbox.failed").description("outbox publish attempts that failed")
                .register(metrics);
    }

    /** The latency path: one run queued at a time, however many transactions commit meanwhile. */
    void onRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxRecorded recorded) {
        if (config.relayEnabled()) {
            wakeUp(0);
        }
    }

    /** The safety net: publishes what a wake-up missed (e.g. while Kafka was down, or after a restart). */
    @Scheduled(identity = "outbox-relay", every = "${ta.messaging.relay-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = RelayDisabled.class)
    void onSchedule() {
        wakeUp(0);
    }

    /** Queues one run, unless one is queued already (it will see this wake-up's events too). */
    private void wakeUp(long delayMillis) {
        if (wakeupQueued.compareAndSet(false, true)) {
            try {
                wakeups.schedule(() -> {
                    wakeupQueued.set(false);
                    if (relayPending()) {
                        wakeUp(LOCK_RETRY_MILLIS); // another instance is relaying: look again shortly
                    }
                }, delayMillis, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                wakeupQueued.set(false); // shutting down: the next start relays what is left
            }
        }
    }

    /** Publishes until the outbox is drained; true when another instance held the lock. */
    boolean relayPending() {
        try {
            int sent;
            do {
                sent = relayBatch();
            } while (sent == config.relayBatchSize());
            return sent == LOCK_HELD;
        } catch (RuntimeException e) {
            LOG.warnf("Outbox relay run failed, the events stay in the outbox for the next run: %s", e.toString());
            return false;
        }
    }

    /**
     * Publishes one batch; returns how many events Kafka acknowledged, or {@link #LOCK_HELD} (negative) when another
     * instance holds the lock.
     */
    public int relayBatch() {
        return QuarkusTransaction.requiringNew().call(this::publishBatchUnderLock);
    }

    @PreDestroy
    void stopWakeups() {
        wakeups.shutdownNow();
    }

    @Scheduled(identity = "outbox-purge", every = "1h", delayed = "1m",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purgeSent() {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement delete = connection.prepareStatement(
                            "delete from outbox_event where sent_at < now() - make_interval(secs => ?)")) {
                delete.setLong(1, config.sentRetention().toSeconds());
                int deleted = delete.executeUpdate();
                if (deleted > 0) {
                    LOG.infof("Purged %d sent outbox events older than %s", deleted, config.sentRetention());
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot purge the outbox", e);
            }
        });
    }

    private int publishBatchUnderLock() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!tryLock(connection)) {
                return LOCK_HELD;
            }
            List<PendingEvent> batch = loadPending(connection);
            if (batch.isEmpty()) {
                return 0;
            }
            List<Future<RecordMetadata>> acknowledgements = new ArrayList<>(batch.size());
            batch.forEach(event -> acknowledgements.add(publisher.publish(event)));
            publisher.flush();

            List<Long> sent = new ArrayList<>();
            Map<Long, String> failures = new LinkedHashMap<>();
            Set<String> blockedKeys = new HashSet<>();
            for (int i = 0; i < batch.size(); i++) {
                PendingEvent event = batch.get(i);
                if (blockedKeys.contains(event.orderingKey())) {
                    failures.put(event.id(), "held back: an earlier event with the same key was not acknowledged");
                    continue;
                }
                String failure = awaitAcknowledgement(acknowledgements.get(i));
                if (failure == null) {
                    sent.add(event.id());
                } else {
                    blockedKeys.add(event.orderingKey());
                    failures.put(event.id(), failure);
                }
            }
            markSent(connection, sent);
            markFailed(connection, failures);
            published.increment(sent.size());
            if (!failures.isEmpty()) {
                failed.increment(failures.size());
                LOG.warnf("Outbox relay: %d of %d events not acknowledged by Kafka, retrying later: %s",
                        failures.size(), batch.size(), failures.values().iterator().next());
            }
            return sent.size();
        }
    }

    private String awaitAcknowledgement(Future<RecordMetadata> acknowledgement) {
        try {
            acknowledgement.get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause().toString();
        } catch (TimeoutException e) {
            return "no acknowledgement within " + config.sendTimeout();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, RELAY_LOCK);
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private List<PendingEvent> loadPending(Connection connection) throws SQLException {
        List<PendingEvent> batch = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(SELECT_PENDING)) {
            select.setInt(1, config.relayBatchSize());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    batch.add(new PendingEvent(rows.getLong(1), rows.getObject(2, UUID.class), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6),
                            rows.getTimestamp(7).toInstant(), rows.getString(8), rows.getString(9)));
                }
            }
        }
        return batch;
    }

    private static void markSent(Connection connection, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update outbox_event set sent_at = now(), attempts = attempts + 1, last_error = null where id = any(?)")) {
            Array array = connection.createArrayOf("bigint", ids.toArray());
            update.setArray(1, array);
            update.executeUpdate();
        }
    }

    private static void markFailed(Connection connection, Map<Long, String> failures) throws SQLException {
        if (failures.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update outbox_event set attempts = attempts + 1, last_error = ? where id = ?")) {
            for (Map.Entry<Long, String> failure : failures.entrySet()) {
                update.setString(1, failure.getValue());
                update.setLong(2, failure.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** Skips the scheduled run when {@code ta.messaging.relay-enabled=false}. */
    @ApplicationScoped
    /** Off by configuration, or the application is starting or stopping (its persistence unit may be closed). */
    public static class RelayDisabled implements Scheduled.SkipPredicate {
        private final MessagingConfig config;
        private final Scheduled.ApplicationNotRunning notRunning;

        RelayDisabled(MessagingConfig config, Scheduled.ApplicationNotRunning notRunning) {
            this.config = config;
            this.notRunning = notRunning;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.relayEnabled() || notRunning.test(execution);
        }
    }
}
