package org.taplatform.coordination.coverage.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Decides how far a need is answered. Pure domain logic: no framework, no database.
 *
 * <ul>
 * <li><b>covered</b> (status COVERED): an activity that names the need is delivered (IATI status 3 or 4);</li>
 * <li><b>partly covered</b>, status IN_PROGRESS: an activity that names the need is under way (1, 2), or an activity of
 * the same TA subtype in the same country is under way and current (not ended before today);</li>
 * <li><b>partly covered</b>, status MATCHED: funding is pledged or committed to it, or the State accepted an
 * organisation's offer for it, but no activity yet;</li>
 * <li><b>unmet</b> (status OPEN): none of these.</li>
 * </ul>
 * Cancelled or suspended activities (5, 6) count for nothing.
 */
public final class CoverageRules {

    private CoverageRules() {
    }

    public static Coverage assess(UUID needId, String country, String taSubtype, List<ActivityFact> activities,
            List<PledgeFact> pledges, List<OfferFact> acceptedOffers, LocalDate today) {
        List<String> evidence = new ArrayList<>();
        for (ActivityFact activity : activities) {
            if (activity.needIds().contains(needId) && activity.isDelivered()) {
                evidence.add("activity " + activity.iatiIdentifier() + " answers it and was delivered");
            }
        }
        if (!evidence.isEmpty()) {
            return new Coverage(Coverage.Level.COVERED, "COVERED", List.copyOf(evidence));
        }
        for (ActivityFact activity : activities) {
            if (activity.needIds().contains(needId) && activity.isUnderWay()) {
                evidence.add("activity " + activity.iatiIdentifier() + " answers it and is under way");
            } else if (!activity.needIds().contains(needId) && activity.isUnderWay()
                    && activity.taSubtypes().contains(taSubtype) && activity.countries().contains(country)
                    && (activity.end() == null || !activity.end().isBefore(today))) {
                evidence.add("activity " + activity.iatiIdentifier() + " of " + taSubtype + " is under way in " + country);
            }
        }
        if (!evidence.isEmpty()) {
            return new Coverage(Coverage.Level.PARTLY_COVERED, "IN_PROGRESS", List.copyOf(evidence));
        }
        for (PledgeFact pledge : pledges) {
            if (needId.equals(pledge.needId()) && !"CANCELLED".equals(pledge.status())) {
                evidence.add(pledge.donor() + " " + pledge.status().toLowerCase(java.util.Locale.ROOT) + " "
                        + pledge.amount().toPlainString() + " " + pledge.currency());
            }
        }
        for (OfferFact offer : acceptedOffers) {
            evidence.add("the State accepted the offer of " + offer.organisation() + ": " + offer.title());
        }
        if (!evidence.isEmpty()) {
            return new Coverage(Coverage.Level.PARTLY_COVERED, "MATCHED", List.copyOf(evidence));
        }
        return new Coverage(Coverage.Level.UNMET, "OPEN", List.of("no activity, pledge or accepted offer answers it"));
    }
}
