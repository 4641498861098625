package org.taplatform.coordination.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How webhooks are delivered: {@code coordination.webhooks.*} (docs/coordination-service.md). */
@ConfigMapping(prefix = "coordination.webhooks")
public interface WebhookSettings {

    /** Attempts in all before a delivery is dead-lettered. */
    @WithDefault("8")
    int maxAttempts();

    /** The wait after the first failure; doubled after each further one. */
    @WithDefault("PT10S")
    Duration backoffBase();

    @WithDefault("PT1H")
    Duration backoffMax();

    /** Connect and response timeout of one attempt. */
    @WithDefault("PT10S")
    Duration timeout();

    /** Deliveries sent per run of the dispatcher. */
    @WithDefault("50")
    int batchSize();

    /**
     * Hosts that may be loopback or private addresses all the same: none in production (the SSRF guard refuses
     * them); the tests' local receiver on 127.0.0.1.
     */
    Optional<List<String>> allowedPrivateHosts();
}
