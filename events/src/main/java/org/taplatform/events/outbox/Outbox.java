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
            insert into outbox_event (event_id, topic, message_key, event_type, subject, occurred_at, payload)
            values (?, ?, ?, ?, ?, ?, cast(? as json))
            """;

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;
    private final Event<OutboxRecorded> recorded;

    Outbox(AgroalDataSource dataSource, ObjectMapper json, Event<OutboxRecorded> recorded) {
        this.dataSource = dataSource;
        this.json = json;
        this.recorded = recorded;
    }

    /**
     * @param topic   the topic, one the service owns ({@link org.taplatform.events.Topics})
     * @param key     the Kafka key: the ISO3 country code, so that all events of a country stay in order
     * @param subject the CloudEvents subject: the id of the entity the event is about
     * @return the event id (the CloudEvents {@code id}), which consumers use to apply it once
     */
    /** An event to record: the arguments of {@link #record(String, String, String, EventContract)}. */
    public record Entry(String topic, String key, String subject, EventContract payload) {
    }

    /**
     * Records many events in one JDBC batch (a bulk import announces thousands): the same as recording each, in one
     * round trip to the database.
     */
    @Transactional(TxType.MANDATORY)
    public void recordAll(java.util.List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            Timestamp now = Timestamp.from(Instant.now());
            for (Entry entry : entries) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, entry.topic());
                insert.setString(3, entry.key());
                insert.setString(4, entry.payload().eventType());
                insert.setString(5, entry.subject());
                insert.setTimestamp(6, now);
                insert.setString(7, json.writeValueAsString(entry.payload()));
                insert.addBatch();
            }
            insert.executeBatch();
            recorded.fire(new OutboxRecorded(null)); // one wake-up of the relay after the commit is enough
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot record " + entries.size() + " events in the outbox", e);
        }
    }

    @Transactional(TxType.MANDATORY)
    public UUID record(String topic, String key, String subject, EventContract payload) {
        UUID eventId = UUID.randomUUID();
        // the connection is enlisted in the caller's JTA transaction: this insert commits or rolls back with it
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, eventId);
            insert.setString(2, topic);
            insert.setString(3, key);
            insert.setString(4, payload.eventType());
            insert.setString(5, subject);
            insert.setTimestamp(6, Timestamp.from(Instant.now()));
            insert.setString(7, json.writeValueAsString(payload));
            insert.executeUpdate();
            recorded.fire(new OutboxRecorded(eventId)); // observed after the commit, to publish without waiting
            return eventId;
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot record " + payload.eventType() + " in the outbox", e);
        }
    }
}
