package org.taplatform.events.inbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.agroal.api.AgroalDataSource;

/**
 * The idempotent consumer's memory. Claiming an event id is an insert in the transaction that applies the
 * event: if the effect rolls back, so does the claim; if another delivery of the same event is being applied
 * concurrently, the insert waits for it and then finds the id taken.
 */
@ApplicationScoped
public class Inbox {

    private static final String CLAIM = """
            insert into processed_event (consumer, event_id, event_type, source_topic) values (?, ?, ?, ?)
            on conflict do nothing
            """;

    private final AgroalDataSource dataSource;

    Inbox(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** True the first time this consumer sees the event: apply it. False for a redelivery: skip it. */
    @Transactional(TxType.MANDATORY)
    public boolean firstDelivery(String consumer, IncomingEvent event) {
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
