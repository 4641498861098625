package org.taplatform.events.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.taplatform.events.tracing.EventTracing;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.message.Encoding;
import io.cloudevents.kafka.CloudEventSerializer;

/**
 * The relay's Kafka producer: idempotent, {@code acks=all}, CloudEvents 1.0 in binary mode (attributes in
 * {@code ce_*} headers, the JSON payload as the record value).
 */
@ApplicationScoped
class KafkaPublisher {

    private final String bootstrapServers;
    private final URI source;
    private volatile Producer<String, CloudEvent> producer;

    KafkaPublisher(@ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092") String bootstrapServers,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.bootstrapServers = bootstrapServers;
        this.source = URI.create("/ta-platform/" + applicationName);
    }

    Future<RecordMetadata> publish(PendingEvent event) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(event.eventId().toString())
                .withSource(source)
                .withType(event.type())
                .withSubject(event.subject())
                .withTime(event.occurredAt().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(event.payload().getBytes(UTF_8));
        if (event.traceparent() != null) {
            // CloudEvents' Distributed Tracing extension: the ce_traceparent header (EventTracing)
            builder.withExtension(EventTracing.TRACEPARENT, event.traceparent());
        }
        CloudEvent cloudEvent = builder.build();
        try {
            return producer().send(new ProducerRecord<>(event.topic(), event.key(), cloudEvent));
        } catch (RuntimeException notEvenQueued) {
            // e.g. no metadata within max.block.ms while the broker is down
            return CompletableFuture.failedFuture(notEvenQueued);
        }
    }

    void flush() {
        producer().flush();
    }

    private Producer<String, CloudEvent> producer() {
        Producer<String, CloudEvent> current = producer;
        if (current == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = createProducer();
                }
                current = producer;
            }
        }
        return current;
    }

    private Producer<String, CloudEvent> createProducer() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay-" + source.getPath().replace('/', '-'));
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        // fail fast while Kafka is down: the rows stay in the outbox and the next run retries them
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 3_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 8_000);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class.getName());
        config.put(CloudEventSerializer.ENCODING_CONFIG, Encoding.BINARY.name());
        return new KafkaProducer<>(config);
    }

    @PreDestroy
    void close() {
        if (producer != null) {
            producer.close();
        }
    }
}
