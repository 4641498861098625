package org.taplatform.events.inbox;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.smallrye.common.annotation.Identifier;

/**
 * Ready means consuming: not ready until every consumer has joined its group and been given its partitions
 * ({@link ConsumerAssignments}), and not while a consumer waits for a dependency to apply its events
 * ({@link TransientRetry}): what it reads is not being applied, so what this service answers is getting older. Ready
 * again by itself when the wait ends.
 */
@Readiness
@ApplicationScoped
public class ConsumerHealthCheck implements HealthCheck {

    private final TransientRetry retry;
    private final ConsumerAssignments assignments;

    ConsumerHealthCheck(TransientRetry retry, @Identifier(ConsumerAssignments.NAME) ConsumerAssignments assignments) {
        this.retry = retry;
        this.assignments = assignments;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Event consumers");
        var waiting = retry.waiting();
        waiting.forEach((consumer, wait) -> response.withData(consumer,
                "waiting since " + wait.since() + " (" + wait.attempts() + " attempts): " + wait.reason()));
        var notJoined = assignments.notJoined();
        if (!notJoined.isEmpty()) {
            response.withData("not consuming yet (no partitions assigned)", String.join(", ", notJoined));
        }
        return response.status(waiting.isEmpty() && notJoined.isEmpty()).build();
    }
}
