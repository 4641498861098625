package org.taplatform.events.inbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A CloudEvent read from a Kafka record in binary mode ({@code ce_*} headers, JSON value). Anything that is not
 * a well-formed CloudEvent is a {@link PoisonMessageException}.
 */
public record IncomingEvent(String id, String type, String source, String subject, OffsetDateTime time, String key,
        String data, String topic, int partition, long offset, String traceparent) {

    public static IncomingEvent of(ConsumerRecord<String, String> record) {
        String id = requiredHeader(record, "ce_id");
        String type = requiredHeader(record, "ce_type");
        String source = requiredHeader(record, "ce_source");
        String specVersion = requiredHeader(record, "ce_specversion");
        if (!"1.0".equals(specVersion)) {
            throw new PoisonMessageException("unsupported CloudEvents specversion " + specVersion);
        }
        if (record.value() == null || record.value().isBlank()) {
            throw new PoisonMessageException("CloudEvent " + id + " has no data");
        }
        return new IncomingEvent(id, type, source, header(record, "ce_subject"), time(record), record.key(),
                record.value(), record.topic(), record.partition(), record.offset(), header(record, "ce_traceparent"));
    }

    /** The payload as its contract record; unknown properties are tolerated (a newer producer may add some). */
    public <T> T dataAs(Class<T> contract, ObjectMapper json) {
        try {
            return json.readerFor(contract).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(data);
        } catch (JsonProcessingException e) {
            throw new PoisonMessageException("payload of " + type + " " + id + " does not match "
                    + contract.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    private static OffsetDateTime time(ConsumerRecord<String, String> record) {
        String time = header(record, "ce_time");
        try {
            return time == null ? null : OffsetDateTime.parse(time);
        } catch (DateTimeParseException e) {
            throw new PoisonMessageException("ce_time is not an RFC 3339 timestamp: " + time);
        }
    }

    private static String requiredHeader(ConsumerRecord<String, String> record, String name) {
        String value = header(record, name);
        if (value == null || value.isBlank()) {
            throw new PoisonMessageException("not a CloudEvent: header " + name + " is missing");
        }
        return value;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), UTF_8);
    }
}
