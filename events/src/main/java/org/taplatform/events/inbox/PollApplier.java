package org.taplatform.events.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.taplatform.events.deadletter.DeadLetters;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/**
 * Applies the records of one poll of a batch channel ({@code batch=true}) in one transaction, so that a consumer that
 * has fallen behind commits once per poll instead of once per event: the backlog itself makes the batches, and an
 * event costs less the further behind its consumer is (at 50 survey submissions a second on two cores, the tail of
 * the submission -> match latency is such a backlog). A consumer keeping up gets polls of one record, as before.
 * <p>
 * A transaction that fails for a reason that passes (the database down or starting, a lock or serialization conflict:
 * {@link org.taplatform.reference.problem.TransientFailures}) is tried again in place, with backoff, until it commits
 * ({@link TransientRetry}): nothing is dead-lettered because a dependency was away. If the poll's transaction fails
 * for another reason, its records are applied again one by one, each in a transaction of its own, in their order: a
 * record that fails alone for good is filed as a dead letter ({@link DeadLetters}: logged at ERROR, counted, kept for a
 * replay) and nacked (the channel's failure strategy sends it to the service's dead-letter topic), and the others'
 * effects commit, exactly as with a channel that delivers one record at a time.
 * <p>
 * When the application stops while a record waits for a retry, the record is neither acked nor nacked: its offset is
 * not committed, and the next consumer of its partition applies it.
 */
@ApplicationScoped
public class PollApplier {

    private static final Logger LOG = Logger.getLogger(PollApplier.class);

    private final Inbox inbox;
    private final TransientRetry retry;
    private final DeadLetters deadLetters;

    PollApplier(Inbox inbox, TransientRetry retry, DeadLetters deadLetters) {
        this.inbox = inbox;
        this.retry = retry;
        this.deadLetters = deadLetters;
    }

    /**
     * @param consumer names the consumer in logs, metrics, health and dead letters
     * @param effect   applies records inside the current transaction (the whole poll, or one record when the poll
     *                 failed); it claims each event in the {@link Inbox} itself, so a redelivered poll changes nothing
     */
    public CompletionStage<Void> apply(String consumer, KafkaRecordBatch<String, String> poll,
            Consumer<List<ConsumerRecord<String, String>>> effect) {
        List<KafkaRecord<String, String>> records = poll.getRecords();
        if (records.isEmpty()) {
            return poll.ack();
        }
        List<ConsumerRecord<String, String>> all = new ArrayList<>(records.size());
        records.forEach(record -> all.add(consumerRecord(record)));
        try {
            retry.run(consumer, () -> QuarkusTransaction.requiringNew().run(() -> effect.accept(all)));
            return poll.ack();
        } catch (TransientRetry.Stopping stopping) {
            return UNSETTLED;
        } catch (RuntimeException pollFailed) {
            if (records.size() == 1) {
                return deadLetter(consumer, records.get(0), all.get(0), pollFailed); // that record is the one
            }
            LOG.debugf("A poll of %d records failed (%s); applying them one by one", records.size(),
                    pollFailed.toString());
            return oneByOne(consumer, records, effect);
        }
    }

    /**
     * What a consumer returns for a poll it leaves unsettled as the application stops: no ack (the offset stays
     * uncommitted, the records are read again), no nack (they are not dead letters).
     */
    private static final CompletionStage<Void> UNSETTLED = CompletableFuture.completedFuture(null);

    private CompletionStage<Void> deadLetter(String consumer, KafkaRecord<String, String> record,
            ConsumerRecord<String, String> consumerRecord, Throwable failure) {
        deadLetters.file(consumer, consumerRecord, failure);
        return record.nack(failure);
    }

    /** Applies each of the poll's events once (the {@link Inbox}), the poll in one transaction. */
    public CompletionStage<Void> applyOnce(String consumer, KafkaRecordBatch<String, String> poll,
            Consumer<IncomingEvent> effect) {
        return applyOnce(consumer, poll, () -> {
        }, effect);
    }

    /**
     * The same, with a first step in each transaction before the events (coordination takes its read models' shared
     * lock there).
     */
    public CompletionStage<Void> applyOnce(String consumer, KafkaRecordBatch<String, String> poll, Runnable first,
            Consumer<IncomingEvent> effect) {
        return apply(consumer, poll, records -> {
            first.run();
            records.forEach(record -> inbox.applyOnce(consumer, record, effect));
        });
    }

    /**
     * For a consumer that handles one type of a busy topic: applies the poll's records of that type once each, and
     * skips the others before any transaction, claim or parsing (on ta.coordination.events, match proposals are most
     * of the stream); a poll with none of that type costs no transaction. A record without a type is applied, so that
     * {@link Inbox#applyOnce} refuses it (to the dead-letter topic).
     */
    public CompletionStage<Void> applyOnceIfOfType(String consumer, KafkaRecordBatch<String, String> poll, String type,
            Consumer<IncomingEvent> effect) {
        if (poll.getRecords().stream().noneMatch(record -> isOfType(Inbox.eventType(record.getHeaders()), type))) {
            return poll.ack();
        }
        return apply(consumer, poll, records -> records.stream().filter(record -> isOfType(Inbox.eventType(record), type))
                .forEach(record -> inbox.applyOnce(consumer, record, effect)));
    }

    private static boolean isOfType(String recordType, String type) {
        return recordType == null || recordType.equals(type);
    }

    private CompletionStage<Void> oneByOne(String consumer, List<KafkaRecord<String, String>> records,
            Consumer<List<ConsumerRecord<String, String>>> effect) {
        List<CompletableFuture<Void>> outcomes = new ArrayList<>(records.size());
        for (KafkaRecord<String, String> record : records) {
            CompletionStage<Void> outcome;
            ConsumerRecord<String, String> consumerRecord = consumerRecord(record);
            try {
                List<ConsumerRecord<String, String>> one = List.of(consumerRecord);
                retry.run(consumer, () -> QuarkusTransaction.requiringNew().run(() -> effect.accept(one)));
                outcome = record.ack();
            } catch (TransientRetry.Stopping stopping) {
                break; // this record and the rest stay unsettled
            } catch (RuntimeException failed) {
                outcome = deadLetter(consumer, record, consumerRecord, failed);
            }
            outcomes.add(outcome.toCompletableFuture());
        }
        return CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new));
    }

    @SuppressWarnings("unchecked")
    private static ConsumerRecord<String, String> consumerRecord(KafkaRecord<String, String> record) {
        return record.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(metadata -> (ConsumerRecord<String, String>) metadata.getRecord())
                .orElseThrow(() -> new IllegalStateException("not a record read from Kafka: " + record));
    }
}
