package org.taplatform.events.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.taplatform.events.EventContract;
import org.taplatform.events.tracing.EventTracing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;

/**
 * Records an event in the service's outbox table, inside the caller's transaction: the event exists if and
 * only if the state change it announces commits. {@link OutboxRelay} publishes it afterwards.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = """
            insert into outbox_event (event_id, topic, message_key, event_type, subject, occurred_at, payload,
                                      traceparent)
            values (?, ?, ?, ?, ?, ?, cast(? as json), ?)
            """;

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;
    private final Event<OutboxRecorded> recorded;

    Outbox(AgroalDataSource dataSource, ObjectMapper json, Event<OutboxRecorded> recorded) {
        this.dataSource = dataSource;
        this.json = json;
        this.recorded = recorded;
    }

    /** An event to record: the arguments of {@link #record(String, String, String, EventContract)}. */
    public record Entry(String topic, String key, String subject, EventContract payload) {
    }

    /**
     * Records many events in one JDBC batch (a bulk import announces thousands): the same as recording each, in one
     * round trip to the database.
     */
    @Transactional(TxType.MANDATORY)
    public java.util.List<UUID> recordAll(java.util.List<Entry> entries) {
        java.util.List<UUID> ids = new java.util.ArrayList<>(entries.size());
        if (entries.isEmpty()) {
            return ids;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            Timestamp now = Timestamp.from(Instant.now());
            // the trace of the request or event that records them, carried on by the relay (EventTracing)
            String traceparent = EventTracing.currentTraceparent();
            for (Entry entry : entries) {
                UUID eventId = UUID.randomUUID();
                ids.add(eventId);
                insert.setObject(1, eventId);
                insert.setString(2, entry.topic());
                insert.setString(3, entry.key());
                insert.setString(4, entry.payload().eventType());
                insert.setString(5, entry.subject());
                insert.setTimestamp(6, now);
                insert.setString(7, json.writeValueAsString(entry.payload()));
                insert.setString(8, traceparent);
                insert.addBatch();
            }
            insert.executeBatch();
            recorded.fire(new OutboxRecorded(ids.get(0))); // one wake-up of the relay after the commit is enough
            return ids;
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot record " + entries.size() + " events in the outbox", e);
        }
    }

    /**
     * @param topic   the topic, one the service owns ({@link org.taplatform.events.Topics})
     * @param key     the Kafka key: the ISO3 country code, so that all events of a country stay in order
     * @param subject the CloudEvents subject: the id of the entity the event is about
     * @return the event id (the CloudEvents {@code id}), which consumers use to apply it once
     */
    @Transactional(TxType.MANDATORY)
    public UUID record(String topic, String key, String subject, EventContract payload) {
        return recordAll(java.util.List.of(new Entry(topic, key, subject, payload))).get(0);
    }
}
