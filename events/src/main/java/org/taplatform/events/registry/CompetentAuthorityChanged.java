package org.taplatform.events.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.taplatform.events.EventContract;

/**
 * An entry of the directory of competent national authorities was registered, changed, confirmed by its State, or
 * withdrawn (change). Carries what the entry designates, not how to reach it: channels (e-mail, phone) never travel in
 * events. Key: the country.
 */
public record CompetentAuthorityChanged(
        UUID authorityId,
        String country,
        String change,
        String name,
        List<String> designations,
        List<String> languages,
        String timeZone,
        LocalDate lastConfirmedOn,
        int version,
        Instant changedAt) implements EventContract {

    public static final String TYPE = "ta.registry.authority.changed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
