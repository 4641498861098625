package org.taplatform.events.inbox;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.jboss.logging.Logger;
import org.taplatform.events.tracing.EventTracing;

import io.agroal.api.AgroalDataSource;

/**
 * The idempotent consumer's memory. Claiming an event id is an insert in the transaction that applies the
 * event: if the effect rolls back, so does the claim; if another delivery of the same event is being applied
 * concurrently, the insert waits for it and then finds the id taken.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private static final String CLAIM = """
            insert into processed_event (consumer, event_id, event_type, source_topic) values (?, ?, ?, ?)
            on conflict do nothing
            """;

    private final AgroalDataSource dataSource;
    private final EventTracing tracing;

    Inbox(AgroalDataSource dataSource, EventTracing tracing) {
        this.dataSource = dataSource;
        this.tracing = tracing;
    }

    /**
     * Applies a record's event unless this consumer has applied it before. Called from an {@code @Incoming}
     * method that is {@code @Transactional}: the claim and the effect commit together. A record that is not a
     * CloudEvent, or an effect that throws, fails the delivery, which sends the record to the dead-letter topic.
     */
    @Transactional(TxType.MANDATORY)
    public void applyOnce(String consumer, ConsumerRecord<String, String> record, Consumer<IncomingEvent> effect) {
        IncomingEvent event = IncomingEvent.of(record);
        if (!firstDelivery(consumer, event)) {
            LOG.debugf("%s skips %s %s: already applied", consumer, event.type(), event.id());
            return;
        }
        tracing.applying(consumer, event, () -> effect.accept(event));
    }

    /**
     * The record's CloudEvent type (its {@code ce_type} header), or null when it has none. A consumer that cares for
     * a few types of a topic skips the others with it before any transaction, claim or parsing (on ta.coordination.events,
     * match proposals are most of the stream); a record without a type still goes through {@link #applyOnce}, which
     * refuses it ({@link PollApplier#applyOnceIfOfType}).
     */
    public static String eventType(ConsumerRecord<?, ?> record) {
        return eventType(record.headers());
    }

    /** The same from a record's headers. */
    public static String eventType(Headers headers) {
        return header(headers, "ce_type");
    }

    /** A header's value as text, or null when the record has none. */
    public static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** True the first time this consumer sees the event: apply it. False for a redelivery: skip it. */
    private boolean firstDelivery(String consumer, IncomingEvent event) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            claim.setString(1, consumer);
            claim.setString(2, event.id());
            claim.setString(3, event.type());
            claim.setString(4, event.topic());
            return claim.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record event " + event.id() + " as processed", e);
        }
    }
}
