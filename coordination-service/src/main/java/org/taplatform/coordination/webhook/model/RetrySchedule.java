package org.taplatform.coordination.webhook.model;

import java.time.Duration;
import java.util.Optional;

/**
 * When to try a failed delivery again: after {@code base}, then twice as long each time, never longer than
 * {@code max}; after {@code maxAttempts} attempts in all, never (the delivery is dead-lettered).
 */
public record RetrySchedule(Duration base, Duration max, int maxAttempts) {

    /** The wait before the next attempt, after {@code attemptsMade} failed ones; empty when they are used up. */
    public Optional<Duration> after(int attemptsMade) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        Duration wait = base;
        for (int i = 1; i < attemptsMade && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return Optional.of(wait.compareTo(max) > 0 ? max : wait);
    }
}
