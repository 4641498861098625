package org.taplatform.events.deadletter;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;
import org.taplatform.events.inbox.Inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The records this service's consumers could never apply, kept in {@code dead_letter} with the reason (see
 * V0_2__dead_letters.sql). Filing one logs at ERROR and counts in {@code ta.messaging.dead.letters}; the row is what
 * {@link DeadLetterResource} lists and replays and what {@link DeadLetterHealthCheck} counts.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final TypeReference<LinkedHashMap<String, String>> HEADERS = new TypeReference<>() {
    };

    private static final String FILE = """
            insert into dead_letter (consumer, topic, kafka_partition, kafka_offset, message_key, event_id, event_type,
                                     headers, payload, reason)
            values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)
            on conflict (consumer, topic, kafka_partition, kafka_offset) do nothing
            """;
    private static final String COLUMNS = """
            id, consumer, topic, kafka_partition, kafka_offset, message_key, event_id, event_type, headers::text,
            payload, reason, failed_at, replayed_at, replayed_by
            """;

    private final AgroalDataSource dataSource;
    private final MeterRegistry meters;
    private final ObjectMapper json;

    DeadLetters(AgroalDataSource dataSource, MeterRegistry meters, ObjectMapper json) {
        this.dataSource = dataSource;
        this.meters = meters;
        this.json = json;
    }

    /**
     * Files a record its consumer gave up on. Its own transaction: the consumer's has rolled back. If even this fails,
     * the record is still on the service's dead-letter topic, and the log says so.
     */
    public void file(String consumer, ConsumerRecord<String, String> record, Throwable reason) {
        String eventId = Inbox.header(record.headers(), "ce_id");
        String eventType = Inbox.eventType(record);
        LOG.errorf(reason, "%s could not apply %s %s (%s-%d offset %d) and dead-letters it: %s", consumer,
                eventType == null ? "a record without a ce_type" : eventType, eventId == null ? "" : eventId,
                record.topic(), record.partition(), record.offset(), reason);
        meters.counter("ta.messaging.dead.letters", "consumer", consumer, "topic", record.topic()).increment();
        try {
            QuarkusTransaction.requiringNew().run(() -> insert(consumer, record, eventId, eventType, reason));
        } catch (RuntimeException notFiled) {
            LOG.errorf(notFiled, "%s: the dead letter %s-%d offset %d is only on the dead-letter topic", consumer,
                    record.topic(), record.partition(), record.offset());
        }
    }

    /** How many dead letters wait for a replay. */
    public long pending() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "select count(*) from dead_letter where replayed_at is null");
                ResultSet rows = count.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count dead letters", e);
        }
    }

    /**
     * Dead letters in the order they were filed, those waiting for a replay only unless {@code all}, after the letter
     * {@code afterId} (keyset: a letter filed meanwhile is never skipped), at most {@code limit}.
     */
    public List<DeadLetter> list(boolean all, long afterId, int limit) {
        String sql = "select " + COLUMNS + " from dead_letter where id > ?" + (all ? "" : " and replayed_at is null")
                + " order by id limit ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, afterId);
            select.setInt(2, limit);
            try (ResultSet rows = select.executeQuery()) {
                List<DeadLetter> letters = new ArrayList<>();
                while (rows.next()) {
                    letters.add(read(rows));
                }
                return letters;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list dead letters", e);
        }
    }

    /** When a letter was last filed or replayed: the list's asOf (null when there are none). */
    public java.time.Instant lastChanged(boolean all) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement latest = connection.prepareStatement("select greatest(max(failed_at), max(replayed_at))"
                        + " from dead_letter" + (all ? "" : " where replayed_at is null"));
                ResultSet rows = latest.executeQuery()) {
            rows.next();
            java.sql.Timestamp time = rows.getTimestamp(1);
            return time == null ? null : time.toInstant();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read when dead letters changed", e);
        }
    }


    /**
     * Claims a dead letter for a replay in the caller's transaction (the row stays locked until it ends, so two
     * replicas replaying at once publish it once): the letter, or null when it was replayed already or does not exist.
     */
    DeadLetter claim(long id, String replayedBy) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement claim = connection.prepareStatement("update dead_letter set replayed_at = now(), "
                        + "replayed_by = ? where id = ? and replayed_at is null returning " + COLUMNS)) {
            claim.setString(1, replayedBy);
            claim.setLong(2, id);
            try (ResultSet rows = claim.executeQuery()) {
                return rows.next() ? read(rows) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot claim dead letter " + id, e);
        }
    }

    /** One dead letter, or null. */
    DeadLetter find(long id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select " + COLUMNS + " from dead_letter where id = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? read(rows) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read dead letter " + id, e);
        }
    }

    /** The highest id filed so far (0 when none): a replay of all that waits stops there. */
    long lastId() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select coalesce(max(id), 0) from dead_letter");
                ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the last dead letter's id", e);
        }
    }

    /** The ids of the letters waiting for a replay in (after, upTo], oldest first. */
    List<Long> pendingIds(long after, long upTo, int limit) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select id from dead_letter "
                        + "where replayed_at is null and id > ? and id <= ? order by id limit ?")) {
            select.setLong(1, after);
            select.setLong(2, upTo);
            select.setInt(3, limit);
            try (ResultSet rows = select.executeQuery()) {
                List<Long> ids = new ArrayList<>();
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
                return ids;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the waiting dead letters' ids", e);
        }
    }

    private void insert(String consumer, ConsumerRecord<String, String> record, String eventId, String eventType,
            Throwable reason) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(FILE)) {
            insert.setString(1, consumer);
            insert.setString(2, record.topic());
            insert.setInt(3, record.partition());
            insert.setLong(4, record.offset());
            insert.setString(5, record.key());
            insert.setString(6, eventId);
            insert.setString(7, eventType);
            insert.setString(8, headers(record));
            insert.setString(9, record.value());
            insert.setString(10, describe(reason));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot file dead letter", e);
        }
    }

    private String headers(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), UTF_8));
        }
        try {
            return json.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The failure and its causes, one line each: enough to find the fix, without a stack trace. */
    static String describe(Throwable reason) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = reason; cause != null && text.length() < 4000; cause = cause.getCause()) {
            if (!text.isEmpty()) {
                text.append("\ncaused by ");
            }
            text.append(cause);
            if (cause.getCause() == cause) {
                break;
            }
        }
        return text.toString();
    }

    private DeadLetter read(ResultSet rows) throws SQLException {
        Timestamp replayedAt = rows.getTimestamp("replayed_at");
        Map<String, String> headers;
        try {
            headers = json.readValue(rows.getString("headers"), HEADERS);
        } catch (JsonProcessingException e) {
            throw new SQLException("unreadable headers of dead letter " + rows.getLong("id"), e);
        }
        return new DeadLetter(rows.getLong("id"), rows.getString("consumer"), rows.getString("topic"),
                rows.getInt("kafka_partition"), rows.getLong("kafka_offset"), rows.getString("message_key"),
                rows.getString("event_id"), rows.getString("event_type"), headers, rows.getString("payload"),
                rows.getString("reason"), rows.getTimestamp("failed_at").toInstant(),
                replayedAt == null ? null : replayedAt.toInstant(), rows.getString("replayed_by"));
    }
}
