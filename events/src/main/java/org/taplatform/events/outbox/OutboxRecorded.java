package org.taplatform.events.outbox;

import java.util.UUID;

/** Fired when an event is recorded; the relay observes it after the transaction commits and publishes at once. */
public record OutboxRecorded(UUID eventId) {
}
