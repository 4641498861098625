package org.taplatform.registry.authority;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long an entry stays current without its State confirming it ({@code registry.authorities.confirmation-interval},
 * twelve months): after that it is stale, flagged in every view and listed for follow-up.
 */
@ApplicationScoped
public class ConfirmationPolicy {

    private final Period interval;
    private final Clock clock = Clock.systemUTC();

    ConfirmationPolicy(@ConfigProperty(name = "registry.authorities.confirmation-interval", defaultValue = "P12M")
            Period interval) {
        this.interval = interval;
    }

    public LocalDate dueAfter(LocalDate lastConfirmedOn) {
        return lastConfirmedOn.plus(interval);
    }

    public boolean isStale(CompetentAuthority authority) {
        return authority.withdrawnAt == null && dueAfter(authority.lastConfirmedOn).isBefore(today());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
