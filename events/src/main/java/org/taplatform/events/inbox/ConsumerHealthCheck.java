package org.taplatform.events.inbox;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while a consumer waits for a dependency to apply its events ({@link TransientRetry}): what it reads is
 * not being applied, so what this service answers is getting older. Ready again by itself when the wait ends.
 */
@Readiness
@ApplicationScoped
public class ConsumerHealthCheck implements HealthCheck {

    private final TransientRetry retry;

    ConsumerHealthCheck(TransientRetry retry) {
        this.retry = retry;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Event consumers");
        var waiting = retry.waiting();
        waiting.forEach((consumer, wait) -> response.withData(consumer,
                "waiting since " + wait.since() + " (" + wait.attempts() + " attempts): " + wait.reason()));
        return response.status(waiting.isEmpty()).build();
    }
}
