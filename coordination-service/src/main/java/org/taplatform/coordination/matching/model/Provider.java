package org.taplatform.coordination.matching.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * An organisation as matching sees it: where it works, its languages, what it can deliver, what it has done, and what
 * it has pledged.
 */
public record Provider(String identifier, String name, Set<String> countries, Set<String> areas,
        Set<String> languages, List<Capability> capabilities, List<PastActivity> activities, List<Pledge> pledges) {

    /** Something it can deliver: a subtype, for instruments, where (no countries and no areas: anywhere). */
    public record Capability(String taSubtype, String taType, Set<String> instruments, Set<String> countries,
            Set<String> areas, Set<String> languages) {
    }

    /** An activity it reported or takes part in: its subtypes and where. */
    public record PastActivity(String iatiIdentifier, Set<String> taSubtypes, Set<String> countries) {
    }

    /** Funding it pledged: to the need itself, or to the need's country. */
    public record Pledge(java.util.UUID needId, String country, String taSubtype, BigDecimal amount, String currency) {
    }
}
