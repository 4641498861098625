package org.taplatform.events.outbox;

import java.time.Instant;
import java.util.UUID;

/** An outbox row not yet acknowledged by Kafka. */
record PendingEvent(long id, UUID eventId, String topic, String key, String type, String subject,
        Instant occurredAt, String payload, String traceparent) {

    /** Events of one key are delivered in order: a failure holds back the later events of the same key. */
    String orderingKey() {
        return topic + '\u0000' + key;
    }
}
