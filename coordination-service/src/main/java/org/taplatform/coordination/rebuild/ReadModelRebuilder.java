package org.taplatform.coordination.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.taplatform.coordination.index.IndexMaintenance;
import org.taplatform.coordination.intake.NeedEventsConsumer;
import org.taplatform.coordination.intake.ReadModelLock;
import org.taplatform.coordination.intake.EventHandlers;
import org.taplatform.coordination.intake.RegistryEventsConsumer;
import org.taplatform.events.Topics;
import org.taplatform.events.inbox.Inbox;
import org.taplatform.events.jobs.JobLeases;
import org.taplatform.events.jobs.JobWorker;
import org.taplatform.events.jobs.JobWorkers;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Rebuilds the read models from the topics, from their beginning: a consumer of its own (no group, nothing
 * committed) replays {@code ta.needs}, {@code ta.registry.organisations} and {@code ta.registry.activities} through
 * the same projection the live consumers use, into the shadow schema, recording progress as it goes. Then it compares
 * the shadow with the live read models; a REPLACE takes the read-model lock exclusively (live consumers wait a
 * moment), catches up to the topics' ends, copies the shadow over the live tables, and reassesses coverage and
 * overlaps. One rebuild at a time, whichever replica is asked (a unique index on the running one).
 * <p>
 * A rebuild is claimed through the database ({@link JobWorkers}): the replica asked runs it (or another, at its next
 * poll), renewing its lease; a rebuild whose replica stopped is run again from the start by another replica once the
 * lease has lapsed (the shadow is created afresh; a REPLACE copies in one transaction, so a dead replica's half-done
 * copy rolled back).
 */
// created at start-up, not on first use: its job worker must poll on every replica, also one that has accepted no job
// since it started (it takes over the jobs of a replica that died: ReplicatedPlatformIT)
@Startup
@ApplicationScoped
public class ReadModelRebuilder {

    static final Map<String, String> CONSUMER_OF_TOPIC = Map.of(Topics.NEEDS, NeedEventsConsumer.CONSUMER,
            Topics.REGISTRY_ORGANISATIONS, RegistryEventsConsumer.ORGANISATIONS, Topics.REGISTRY_ACTIVITIES,
            RegistryEventsConsumer.ACTIVITIES, Topics.REGISTRY_KNOWLEDGE, RegistryEventsConsumer.KNOWLEDGE);

    private final ShadowReadModels shadow;
    private final EventHandlers projection;
    private final ReadModelLock lock;
    private final Inbox inbox;
    private final FullRecompute recompute;
    private final IndexMaintenance indexMaintenance;
    private final String bootstrapServers;
    private final JobWorker worker;

    ReadModelRebuilder(ShadowReadModels shadow, EventHandlers projection, ReadModelLock lock, Inbox inbox,
            FullRecompute recompute, IndexMaintenance indexMaintenance, JobWorkers workers,
            @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092") String bootstrapServers) {
        this.shadow = shadow;
        this.projection = projection;
        this.lock = lock;
        this.inbox = inbox;
        this.recompute = recompute;
        this.indexMaintenance = indexMaintenance;
        this.bootstrapServers = bootstrapServers;
        this.worker = workers.create("read_model_rebuild", "read-model-rebuild", this::run);
    }

    /** Starts a rebuild; empty when one is running already (on any replica). */
    public java.util.Optional<UUID> start(ReadModelRebuild.Mode mode, String by) {
        ReadModelRebuild job = new ReadModelRebuild();
        job.id = UUID.randomUUID();
        job.mode = mode;
        job.status = ReadModelRebuild.Status.RUNNING; // and unclaimed: the first replica to look takes it
        job.requestedBy = by;
        job.createdAt = job.startedAt = Instant.now();
        try {
            QuarkusTransaction.requiringNew().run(job::persist);
        } catch (RuntimeException e) {
            if (runningAlready(e)) {
                return java.util.Optional.empty();
            }
            throw e;
        }
        worker.take();
        return java.util.Optional.of(job.id);
    }

    /** Whether the insert broke the one-running-rebuild index (SQL state 23505, unique violation). */
    private static boolean runningAlready(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    void run(UUID id) {
        run(id, QuarkusTransaction.requiringNew().call(() -> ReadModelRebuild.<ReadModelRebuild>findById(id).mode));
    }

    void run(UUID id, ReadModelRebuild.Mode mode) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            shadow.create();
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : CONSUMER_OF_TOPIC.keySet()) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
                if (infos != null) {
                    infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long total = partitions.stream().mapToLong(p -> end.get(p) - begin.get(p)).sum();
            progress(id, job -> job.totalEvents = total);
            replayUntil(consumer, end, id);
            if (mode == ReadModelRebuild.Mode.REPLACE) {
                QuarkusTransaction.requiringNew().run(() -> {
                    lock.exclusive(); // live consumers wait from here to the commit
                    Map<TopicPartition, Long> now = consumer.endOffsets(partitions);
                    progress(id, job -> job.totalEvents = partitions.stream()
                            .mapToLong(p -> now.get(p) - begin.get(p)).sum());
                    replayUntil(consumer, now, id);
                    copy();
                    indexMaintenance.reload(); // in this transaction: the copied rows, before live events resume
                    indexMaintenance.announceReload(); // the other replicas read theirs once this commits
                });
                recompute.run();
            }
            Map<String, Long> differences = shadow.differences();
            Map<String, java.util.List<String>> samples = shadow.differenceSamples(differences);
            shadow.drop();
            progress(id, job -> {
                job.differences = new java.util.LinkedHashMap<>(differences);
                job.differenceSamples = new java.util.LinkedHashMap<>(samples);
                job.status = ReadModelRebuild.Status.SUCCEEDED;
                job.finishedAt = Instant.now();
            });
            Log.infof("Read-model rebuild %s (%s) done: differences %s", id, mode, differences);
            if (!samples.isEmpty()) {
                Log.warnf("Read-model rebuild %s (%s): rows that differ %s", id, mode, samples);
            }
        } catch (JobLeases.LostLease e) {
            Log.warnf("Read-model rebuild %s stopped here: %s", id, e.getMessage());
        } catch (Exception e) {
            Log.errorf(e, "Read-model rebuild %s failed", id);
            if (mode == ReadModelRebuild.Mode.REPLACE) {
                indexMaintenance.reload(); // it may hold the copy of a replacement that rolled back
            }
            progress(id, job -> {
                job.status = ReadModelRebuild.Status.FAILED;
                job.error = String.valueOf(e.getMessage()).substring(0, Math.min(2000, String.valueOf(e.getMessage()).length()));
                job.finishedAt = Instant.now();
            });
        }
    }

    private void copy() {
        try {
            shadow.copyOverLive();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot copy the rebuilt read models over the live ones", e);
        }
    }

    /** Applies records, batch by batch (one transaction each, in the shadow), until every partition reached its end. */
    private void replayUntil(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end, UUID id) {
        while (!reached(consumer, end)) {
            ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
            if (records.isEmpty()) {
                continue;
            }
            List<ConsumerRecord<String, String>> batch = new ArrayList<>();
            records.forEach(batch::add);
            try {
                applyInShadow(batch);
            } catch (RuntimeException e) {
                // a record the live consumer dead-lettered fails here too: one transaction per record, skipping it
                for (ConsumerRecord<String, String> record : batch) {
                    try {
                        applyInShadow(List.of(record));
                    } catch (RuntimeException skipped) {
                        Log.debugf("Rebuild skips %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                                skipped.toString());
                    }
                }
            }
            int count = records.count();
            progress(id, job -> job.appliedEvents += count);
        }
    }

    private void applyInShadow(List<ConsumerRecord<String, String>> records) {
        QuarkusTransaction.requiringNew().run(() -> {
            try {
                shadow.useShadowInThisTransaction();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            for (ConsumerRecord<String, String> record : records) {
                inbox.applyOnce(CONSUMER_OF_TOPIC.get(record.topic()), record, projection::project);
            }
        });
    }

    private static boolean reached(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        for (var partition : end.entrySet()) {
            if (consumer.position(partition.getKey()) < partition.getValue()) {
                return false;
            }
        }
        return true;
    }

    private void progress(UUID id, java.util.function.Consumer<ReadModelRebuild> change) {
        worker.checkStillMine(id);
        QuarkusTransaction.requiringNew().run(() -> change.accept(ReadModelRebuild.findById(id)));
    }

    private KafkaConsumer<String, String> consumer() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "coordination-service-rebuild");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return new KafkaConsumer<>(config);
    }

}
