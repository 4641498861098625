package org.taplatform.coordination.webhook.model;

import java.util.Set;

/**
 * What a subscriber wants: some kinds of notice, narrowed by country, region (M49 area), instrument and TA subtype. An
 * empty set does not narrow. A notice that does not say its instrument or subtype (an overlap alert's instrument) is
 * not held back by that dimension.
 */
public record SubscriptionFilter(Set<NoticeKind> kinds, Set<String> countries, Set<String> regions,
        Set<String> instruments, Set<String> taSubtypes) {

    public boolean matches(Notice notice) {
        if (!kinds.contains(notice.kind())) {
            return false;
        }
        boolean placed = countries.isEmpty() && regions.isEmpty() || overlaps(countries, notice.countries())
                || overlaps(regions, notice.regions());
        return placed && narrows(instruments, notice.instruments()) && narrows(taSubtypes, notice.taSubtypes());
    }

    private static boolean narrows(Set<String> wanted, Set<String> given) {
        return wanted.isEmpty() || given.isEmpty() || overlaps(wanted, given);
    }

    private static boolean overlaps(Set<String> a, Set<String> b) {
        for (String value : b) {
            if (a.contains(value)) {
                return true;
            }
        }
        return false;
    }
}
