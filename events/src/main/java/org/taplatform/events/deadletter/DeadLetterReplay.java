package org.taplatform.events.deadletter;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Replays dead letters after a fix: each is published again, byte for byte with its key and headers, to the topic
 * it came from, so that it lands in its partition and every consumer of that topic reads it again; consumers apply an
 * event once (the inbox, by its CloudEvent id), so a replay changes nothing where the event was applied already.
 * A letter is claimed in the transaction that publishes it: replaying it again, from this replica or another, does
 * nothing. If the publication fails, the claim rolls back and the letter waits for the next replay.
 */
@ApplicationScoped
public class DeadLetterReplay {

    private static final Logger LOG = Logger.getLogger(DeadLetterReplay.class);

    /** The outcome of replaying one letter. */
    public enum Outcome {
        REPLAYED, ALREADY_REPLAYED, NOT_FOUND
    }

    private final DeadLetters letters;
    private final String bootstrapServers;
    private final String applicationName;
    private volatile Producer<String, String> producer;

    DeadLetterReplay(DeadLetters letters,
            @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092") String bootstrapServers,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.letters = letters;
        this.bootstrapServers = bootstrapServers;
        this.applicationName = applicationName;
    }

    /** Replays one letter, unless it was replayed already. */
    public Outcome replay(long id, String replayedBy) {
        return QuarkusTransaction.requiringNew().call(() -> {
            DeadLetter letter = letters.claim(id, replayedBy);
            if (letter == null) {
                return letters.find(id) == null ? Outcome.NOT_FOUND : Outcome.ALREADY_REPLAYED;
            }
            publish(letter);
            LOG.infof("Dead letter %d (%s %s from %s-%d offset %d) replayed by %s", id, letter.eventType(),
                    letter.eventId(), letter.topic(), letter.partition(), letter.offset(), replayedBy);
            return Outcome.REPLAYED;
        });
    }

    /**
     * Replays every letter waiting when asked, oldest first: the ids replayed. A replayed record that fails again is
     * filed as a new letter; the replay stops at the last letter filed when it began, so it never chases its own.
     */
    public List<Long> replayAll(String replayedBy) {
        long upTo = letters.lastId();
        List<Long> replayed = new ArrayList<>();
        long after = 0;
        List<Long> pending;
        do {
            pending = letters.pendingIds(after, upTo, 500);
            for (long id : pending) {
                if (replay(id, replayedBy) == Outcome.REPLAYED) {
                    replayed.add(id);
                }
                after = id;
            }
        } while (pending.size() == 500);
        return replayed;
    }

    private void publish(DeadLetter letter) {
        ProducerRecord<String, String> record = new ProducerRecord<>(letter.topic(), letter.key(), letter.payload());
        letter.headers().forEach((name, value) -> record.headers().add(name, value == null ? null : value.getBytes(UTF_8)));
        try {
            producer().send(record).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replaying dead letter " + letter.id(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new KafkaUnavailable("cannot publish dead letter " + letter.id() + " again", e);
        }
    }

    /** The broker did not take the replayed record: try again later. */
    public static final class KafkaUnavailable extends RuntimeException {
        KafkaUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private Producer<String, String> producer() {
        Producer<String, String> current = producer;
        if (current == null) {
            synchronized (this) {
                if (producer == null) {
                    Properties config = new Properties();
                    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
                    config.put(ProducerConfig.CLIENT_ID_CONFIG, "dead-letter-replay-" + applicationName);
                    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
                    config.put(ProducerConfig.ACKS_CONFIG, "all");
                    config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
                    config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 3_000);
                    config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 8_000);
                    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
                    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
                    producer = new KafkaProducer<>(config);
                }
                current = producer;
            }
        }
        return current;
    }

    @PreDestroy
    void close() {
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(2));
        }
    }
}
