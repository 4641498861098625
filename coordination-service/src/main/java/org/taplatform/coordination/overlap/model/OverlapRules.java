package org.taplatform.coordination.overlap.model;

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
        // the cheap tests first, without building anything: most pairs a recompute sees fail one of them
        if (!datesOverlap(draft, other) || !intersects(draft.countries(), other.countries())) {
            return Optional.empty();
        }
        boolean sharedSubtype = intersects(draft.taSubtypes(), other.taSubtypes());
        boolean sharedBeneficiary = intersects(draft.beneficiaryGroups(), other.beneficiaryGroups());
        if (!sharedSubtype && !sharedBeneficiary) {
            return Optional.empty();
        }
        double similarity = 0;
        String language = null;
        for (var terms : draft.termsByLanguage().entrySet()) {
            TermSet others = other.termsByLanguage().get(terms.getKey());
            if (others != null) {
                double jaccard = terms.getValue().jaccard(others);
                if (jaccard > similarity || jaccard == similarity && language != null
                        && terms.getKey().compareTo(language) < 0) {
                    similarity = jaccard;
                    language = terms.getKey();
                }
            }
        }
        similarity = Math.round(similarity * 100) / 100.0;
        Overlap.Severity severity;
        if (similarity >= HIGH && sharedSubtype) {
            severity = Overlap.Severity.HIGH;
        } else if (similarity >= MEDIUM) {
            severity = Overlap.Severity.MEDIUM;
        } else if (sharedSubtype && sharedBeneficiary) {
            severity = Overlap.Severity.LOW;
        } else {
            return Optional.empty();
        }
        List<String> evidence = new ArrayList<>();
        evidence.add("both in " + String.join(", ", sorted(intersection(draft.countries(), other.countries()))));
        evidence.add("dates overlap");
        if (sharedSubtype) {
            evidence.add("same TA subtype " + String.join(", ", sorted(intersection(draft.taSubtypes(),
                    other.taSubtypes()))));
        }
        if (sharedBeneficiary) {
            evidence.add("same beneficiaries " + String.join(", ", sorted(intersection(draft.beneficiaryGroups(),
                    other.beneficiaryGroups()))));
        }
        if (language != null && similarity > 0) {
            evidence.add("texts " + Math.round(similarity * 100) + " % alike (" + language + ")");
        }
        return Optional.of(new Overlap(other.iatiIdentifier(), other.organisation(), severity, similarity,
                List.copyOf(evidence)));
    }

    /** An open start or end runs on. */
    private static boolean datesOverlap(ComparedActivity a, ComparedActivity b) {
        return (a.start() == null || b.end() == null || !a.start().isAfter(b.end()))
                && (b.start() == null || a.end() == null || !b.start().isAfter(a.end()));
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String value : a.size() <= b.size() ? a : b) {
            if ((a.size() <= b.size() ? b : a).contains(value)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return both;
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
