package org.taplatform.events.inbox;

/**
 * A record that can never be processed (not a CloudEvent, unreadable payload, broken contract). Thrown from a
 * consumer it sends the record to the service's dead-letter topic with this message as the reason, and the
 * partition moves on.
 */
public class PoisonMessageException extends RuntimeException {

    public PoisonMessageException(String reason) {
        super(reason);
    }

    public PoisonMessageException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
