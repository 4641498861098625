package org.taplatform.coordination.index;

import java.util.List;
import java.util.UUID;

import org.taplatform.coordination.matching.model.NeedToMatch;
import org.taplatform.events.SharingConsent;

/**
 * A need as the index keeps it: what matching and coverage read, and the coverage last written, so that a recompute
 * writes only what changed.
 */
public record IndexedNeed(UUID id, String country, String instrument, String taType, String taSubtype,
        String priority, SharingConsent consent, String status, String coverageLevel, String coverageStatus,
        List<String> coverageEvidence, NeedToMatch toMatch) {

    /**
     * Withdrawn by its State, or closed by the State's statements in a later reporting cycle (SUPERSEDED, RESOLVED):
     * no gap, no coverage to assess, no proposal.
     */
    public boolean isClosed() {
        return CLOSED.contains(status);
    }

    /** The same need with the coverage just assessed. */
    /** The statuses in the register that close a need. */
    public static final java.util.Set<String> CLOSED = java.util.Set.of("WITHDRAWN", "SUPERSEDED", "RESOLVED");

    public IndexedNeed withCoverage(String level, String status, List<String> evidence) {
        return new IndexedNeed(id, country, instrument, taType, taSubtype, priority, consent, this.status, level,
                status, List.copyOf(evidence), toMatch);
    }
}
