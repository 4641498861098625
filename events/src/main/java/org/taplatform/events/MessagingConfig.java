package org.taplatform.events;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of the outbox relay. Its schedule is {@code ta.messaging.relay-interval} (default 1s); a commit that
 * records events also wakes the relay at once.
 */
@ConfigMapping(prefix = "ta.messaging")
public interface MessagingConfig {

    /** Off in a service instance that must not publish (e.g. a read-only replica); on by default. */
    @WithDefault("true")
    boolean relayEnabled();

    /** Rows published per relay transaction. */
    @WithDefault("200")
    int relayBatchSize();

    /** How long to wait for Kafka's acknowledgement of a batch before leaving it for the next run. */
    @WithDefault("10s")
    Duration sendTimeout();

    /** Sent rows are deleted after this long (they are kept a while to investigate deliveries). */
    @WithDefault("P7D")
    Duration sentRetention();
}
