package org.taplatform.events.deadletter;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import io.smallrye.health.api.Wellness;

/**
 * Down while dead letters wait for a replay: something this service was told never took effect. A wellness check
 * ({@code /q/health/well}, and in {@code /q/health}), not readiness: the service still answers correctly about
 * everything else, and taking it out of the load balancer would not bring the letter back.
 */
@Wellness
@ApplicationScoped
public class DeadLetterHealthCheck implements HealthCheck {

    private final DeadLetters letters;

    DeadLetterHealthCheck(DeadLetters letters) {
        this.letters = letters;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            long pending = letters.pending();
            return HealthCheckResponse.named("Dead letters").withData("waiting for a replay", pending)
                    .withData("replay", "POST /api/v1/dead-letters/replay (coordinator)").status(pending == 0).build();
        } catch (RuntimeException databaseDown) {
            return HealthCheckResponse.named("Dead letters").withData("error", databaseDown.toString()).down().build();
        }
    }
}
