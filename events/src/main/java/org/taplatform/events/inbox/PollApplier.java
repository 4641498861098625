package org.taplatform.events.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

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
 * If the poll's transaction fails, its records are applied again one by one, each in a transaction of its own, in
 * their order: a record that fails alone is nacked (the channel's failure strategy sends it to the dead-letter topic)
 * and the others' effects commit, exactly as with a channel that delivers one record at a time.
 */
@ApplicationScoped
public class PollApplier {

    private static final Logger LOG = Logger.getLogger(PollApplier.class);

    private final Inbox inbox;

    PollApplier(Inbox inbox) {
        this.inbox = inbox;
    }

    /**
     * @param effect applies records inside the current transaction (the whole poll, or one record when the poll
     *               failed); it claims each event in the {@link Inbox} itself, so a redelivered poll changes nothing
     */
    public CompletionStage<Void> apply(KafkaRecordBatch<String, String> poll,
            Consumer<List<ConsumerRecord<String, String>>> effect) {
        List<KafkaRecord<String, String>> records = poll.getRecords();
        if (records.isEmpty()) {
            return poll.ack();
        }
        try {
            List<ConsumerRecord<String, String>> all = new ArrayList<>(records.size());
            records.forEach(record -> all.add(consumerRecord(record)));
            QuarkusTransaction.requiringNew().run(() -> effect.accept(all));
            return poll.ack();
        } catch (RuntimeException pollFailed) {
            if (records.size() == 1) {
                return records.get(0).nack(pollFailed); // that record is the one that failed
            }
            LOG.debugf("A poll of %d records failed (%s); applying them one by one", records.size(),
                    pollFailed.toString());
            return oneByOne(records, effect);
        }
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
        return apply(poll, records -> {
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
        return apply(poll, records -> records.stream().filter(record -> isOfType(Inbox.eventType(record), type))
                .forEach(record -> inbox.applyOnce(consumer, record, effect)));
    }

    private static boolean isOfType(String recordType, String type) {
        return recordType == null || recordType.equals(type);
    }

    private static CompletionStage<Void> oneByOne(List<KafkaRecord<String, String>> records,
            Consumer<List<ConsumerRecord<String, String>>> effect) {
        List<CompletableFuture<Void>> outcomes = new ArrayList<>(records.size());
        for (KafkaRecord<String, String> record : records) {
            CompletionStage<Void> outcome;
            try {
                List<ConsumerRecord<String, String>> one = List.of(consumerRecord(record));
                QuarkusTransaction.requiringNew().run(() -> effect.accept(one));
                outcome = record.ack();
            } catch (RuntimeException failed) {
                outcome = record.nack(failed);
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
