package org.taplatform.coordination.overlap.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether two activities of different organisations likely overlap. Pure domain logic: no framework, no database.
 * Both must share a recipient country, their dates must overlap (an open end runs on), and they must share a TA
 * subtype or a beneficiary group. Then the text decides: the Jaccard similarity of their analysed terms, in the best
 * language they share (AMP compares titles only, in one language; this compares titles and descriptions in each).
 * <ul>
 * <li>HIGH: similarity at least 0.5 and a shared subtype;</li>
 * <li>MEDIUM: similarity at least 0.3;</li>
 * <li>LOW: a shared subtype and a shared beneficiary group, however the texts differ;</li>
 * </ul>
 * otherwise no overlap. The evidence names each reason.
 */
public final class OverlapRules {

    static final double HIGH = 0.5;
    static final double MEDIUM = 0.3;

    private OverlapRules() {
    }

    public static Optional<Overlap> compare(ComparedActivity draft, ComparedActivity other) {
        if (draft.organisation().equals(other.organisation()) || draft.iatiIdentifier().equals(other.iatiIdentifier())) {
            return Optional.empty(); // an organisation's own activities, and an activity itself, are not duplicates
        }
        Set<String> countries = intersection(draft.countries(), other.countries());
        Set<String> subtypes = intersection(draft.taSubtypes(), other.taSubtypes());
        Set<String> beneficiaries = intersection(draft.beneficiaryGroups(), other.beneficiaryGroups());
        if (countries.isEmpty() || !datesOverlap(draft, other) || subtypes.isEmpty() && beneficiaries.isEmpty()) {
            return Optional.empty();
        }
        double similarity = 0;
        String language = null;
        for (String shared : intersection(draft.termsByLanguage().keySet(), other.termsByLanguage().keySet())) {
            double jaccard = jaccard(draft.termsByLanguage().get(shared), other.termsByLanguage().get(shared));
            if (jaccard > similarity) {
                similarity = jaccard;
                language = shared;
            }
        }
        similarity = Math.round(similarity * 100) / 100.0;
        List<String> evidence = new ArrayList<>();
        evidence.add("both in " + String.join(", ", sorted(countries)));
        evidence.add("dates overlap");
        if (!subtypes.isEmpty()) {
            evidence.add("same TA subtype " + String.join(", ", sorted(subtypes)));
        }
        if (!beneficiaries.isEmpty()) {
            evidence.add("same beneficiaries " + String.join(", ", sorted(beneficiaries)));
        }
        if (language != null) {
            evidence.add("texts " + Math.round(similarity * 100) + " % alike (" + language + ")");
        }
        Overlap.Severity severity;
        if (similarity >= HIGH && !subtypes.isEmpty()) {
            severity = Overlap.Severity.HIGH;
        } else if (similarity >= MEDIUM) {
            severity = Overlap.Severity.MEDIUM;
        } else if (!subtypes.isEmpty() && !beneficiaries.isEmpty()) {
            severity = Overlap.Severity.LOW;
        } else {
            return Optional.empty();
        }
        return Optional.of(new Overlap(other.iatiIdentifier(), other.organisation(), severity, similarity,
                List.copyOf(evidence)));
    }

    private static boolean datesOverlap(ComparedActivity a, ComparedActivity b) {
        LocalDate aStart = a.start() == null ? LocalDate.MIN : a.start();
        LocalDate bStart = b.start() == null ? LocalDate.MIN : b.start();
        LocalDate aEnd = a.end() == null ? LocalDate.MAX : a.end();
        LocalDate bEnd = b.end() == null ? LocalDate.MAX : b.end();
        return !aStart.isAfter(bEnd) && !bStart.isAfter(aEnd);
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        return (double) intersection(a, b).size() / union(a, b).size();
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return both;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
