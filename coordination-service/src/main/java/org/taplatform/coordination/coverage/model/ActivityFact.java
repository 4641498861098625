package org.taplatform.coordination.coverage.model;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** What coverage needs to know of an activity: the needs it names, what and where it is, its IATI status and dates. */
public record ActivityFact(String iatiIdentifier, Set<UUID> needIds, Set<String> taSubtypes, Set<String> countries,
        String status, LocalDate start, LocalDate end) {

    /** IATI status 1 pipeline, 2 implementation: under way or planned. */
    boolean isUnderWay() {
        return "1".equals(status) || "2".equals(status);
    }

    /** IATI status 3 finalisation, 4 closed: delivered. */
    boolean isDelivered() {
        return "3".equals(status) || "4".equals(status);
    }
}
