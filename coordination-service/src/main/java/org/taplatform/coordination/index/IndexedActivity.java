package org.taplatform.coordination.index;

import java.util.Set;
import java.util.UUID;

import org.taplatform.coordination.coverage.model.ActivityFact;
import org.taplatform.coordination.overlap.model.ComparedActivity;

/**
 * An activity as the index keeps it: the organisations involved (reporter and participants), whether it counts at all
 * (not withdrawn, not merged into another as a duplicate), and what coverage and overlap detection compare, built
 * once when its event is applied. {@code live}, {@code startDay}, {@code endDay}, {@code singleSubtype} (its subtype
 * when it has one only, else null) and {@code singlePlace} (one country and at most one beneficiary group) repeat what
 * those say as plain values, which a full recompute tests for millions of pairs before it looks any further.
 */
public record IndexedActivity(UUID id, String iatiIdentifier, String reportingOrganisation, Set<String> involved,
        String status, boolean counts, ActivityFact fact, ComparedActivity compared, boolean live, long startDay,
        long endDay, String singleSubtype, boolean singlePlace) {

    public static IndexedActivity of(UUID id, String iatiIdentifier, String reportingOrganisation,
            Set<String> involved, String status, boolean counts, ActivityFact fact, ComparedActivity compared) {
        // pipeline, implementation, finalisation: an activity that can still be coordinated, unless overdue for an update
        boolean live = counts && !fact.overdue() && ("1".equals(status) || "2".equals(status) || "3".equals(status));
        return new IndexedActivity(id, iatiIdentifier, reportingOrganisation, involved, status, counts, fact, compared,
                live, compared.start() == null ? Long.MIN_VALUE : compared.start().toEpochDay(),
                compared.end() == null ? Long.MAX_VALUE : compared.end().toEpochDay(),
                fact.taSubtypes().size() == 1 ? fact.taSubtypes().iterator().next() : null,
                fact.countries().size() == 1 && compared.beneficiaryGroups().size() <= 1);
    }

    /**
     * Whether the organisation implemented it: it takes part as implementer or extending organisation, or reports it
     * without naming itself in another role (a funder reporting what it funds names itself as funder).
     */
    public boolean implementedBy(String organisation) {
        boolean named = false;
        for (ComparedActivity.Participant participant : compared.participants()) {
            if (participant.organisation().equals(organisation)) {
                if ("3".equals(participant.role()) || "4".equals(participant.role())) {
                    return true;
                }
                named = true;
            }
        }
        return !named && organisation.equals(reportingOrganisation);
    }

    /** Whether the organisation funded it (IATI role funding) without implementing it. */
    public boolean fundedOnlyBy(String organisation) {
        if (implementedBy(organisation)) {
            return false;
        }
        for (ComparedActivity.Participant participant : compared.participants()) {
            if (participant.organisation().equals(organisation) && "1".equals(participant.role())) {
                return true;
            }
        }
        return false;
    }

    public boolean isLive() {
        return live;
    }

    /**
     * Whether this comes before the other in an alert: the order of the ids' strings, which for UUIDs (fixed-width
     * lower-case hexadecimal) is the unsigned order of their bits, compared without building the strings.
     */
    public boolean comesBefore(IndexedActivity other) {
        int most = Long.compareUnsigned(id.getMostSignificantBits(), other.id.getMostSignificantBits());
        return most != 0 ? most < 0 : Long.compareUnsigned(id.getLeastSignificantBits(),
                other.id.getLeastSignificantBits()) < 0;
    }
}
