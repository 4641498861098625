package org.taplatform.coordination.coverage.model;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What coverage needs to know of an activity: the needs it names, what and where it is, its IATI status and dates,
 * and whether it is overdue for an update (reported in pipeline or implementation long after its end).
 */
public record ActivityFact(String iatiIdentifier, Set<UUID> needIds, Set<String> taSubtypes, Set<String> countries,
        String status, LocalDate start, LocalDate end, boolean overdue) {

    /** Not overdue. */
    public ActivityFact(String iatiIdentifier, Set<UUID> needIds, Set<String> taSubtypes, Set<String> countries,
            String status, LocalDate start, LocalDate end) {
        this(iatiIdentifier, needIds, taSubtypes, countries, status, start, end, false);
    }

    /**
     * Whether an activity is overdue for an update: still pipeline or implementation (IATI 1, 2) while its end lies
     * before {@code overdueBefore} (today less the grace its organisation has to report the change). It then counts
     * for nothing: neither live for overlaps nor under way for coverage.
     */
    public static boolean isOverdue(String status, LocalDate end, LocalDate overdueBefore) {
        return ("1".equals(status) || "2".equals(status)) && end != null && end.isBefore(overdueBefore);
    }

    /** IATI status 1 pipeline, 2 implementation: under way or planned (and not overdue for an update). */
    boolean isUnderWay() {
        return !overdue && ("1".equals(status) || "2".equals(status));
    }

    /** IATI status 3 finalisation, 4 closed: delivered. */
    boolean isDelivered() {
        return "3".equals(status) || "4".equals(status);
    }
}
