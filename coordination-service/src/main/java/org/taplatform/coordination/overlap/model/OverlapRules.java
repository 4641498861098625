package org.taplatform.coordination.overlap.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether two activities are one money flow reported twice (linked), likely the same work (an overlap, with a
 * severity), or neither. Pure domain logic: no framework, no database; the corpus in
 * {@code src/test/resources/overlap/ground-truth.jsonl} measures it ({@code OverlapGroundTruthTest}).
 *
 * <p>Both must share a recipient country, their dates must overlap (an open end runs on), and they must share a TA
 * subtype or a beneficiary group. Then:
 * <ol>
 * <li><b>Linked</b>, never an alert: one names the other as a related activity or as the source of its funds (IATI
 * {@code related-activity}, a transaction's {@code provider-activity-id}), or one's reporting organisation takes part
 * in the other as its funder and the other's as its implementer (the funder's and the implementer's reports of one
 * money flow, IATI participating-org roles). Partners' other activities together are no alert either.</li>
 * <li>The texts: the cosine of their terms weighted by rarity ({@link TermStatistics}), in the best language they
 * share; template words count for little, distinctive ones for much.</li>
 * <li>One publisher's two activities are flagged only as reported twice (HIGH), when the texts are nearly the same, or
 * alike with the same dates or budget.</li>
 * <li>Otherwise HIGH when a subtype is shared, the countries are the same and the texts are very alike, or alike with
 * a corroborating fact (the same dates, the same budget, the same implementer); or, sharing no language, every
 * structural fact agrees. MEDIUM when a subtype is shared and the texts are alike, or the same subtype for the same
 * people on the same dates. LOW when a subtype and beneficiaries are shared.</li>
 * <li>A regional activity (several countries) beside a national one of one of them is at most LOW: it covers the
 * country, it does not repeat its work.</li>
 * </ol>
 * The evidence names each reason.
 */
public final class OverlapRules {

    /** Texts this alike are the same text in other words. */
    static final double VERY_ALIKE = 0.65;
    /** Texts this alike, with a corroborating fact, describe the same work. */
    static final double ALIKE = 0.35;
    /** Titles this alike name the same subject (template words weigh little, the subject much). */
    static final double TITLES_ALIKE = 0.5;
    /** One publisher's texts this alike are the same activity entered twice. */
    static final double SAME_TEXT = 0.8;
    /** Dates within this many days are the same dates. */
    static final int SAME_DATES_DAYS = 45;
    /** Budgets within this share of each other are the same budget. */
    static final double SAME_BUDGET_SHARE = 0.1;

    private OverlapRules() {
    }

    /** The alert-worthy overlap of the two, if any (linked pairs are not). */
    public static Optional<Overlap> compare(ComparedActivity draft, ComparedActivity other, TermStatistics statistics) {
        Signals signals = Signals.of(draft, other, statistics, true);
        if (signals == null || signals.linked() != null || signals.partners()) {
            return Optional.empty();
        }
        Overlap.Severity severity = signals.severity();
        if (severity == null) {
            return Optional.empty();
        }
        return Optional.of(new Overlap(other.iatiIdentifier(), other.organisation(), severity,
                Math.round(signals.text() * 100) / 100.0, signals.evidence(draft, other)));
    }

    /** When the two are one money flow reported by two of its organisations: why. */
    public static Optional<String> link(ComparedActivity draft, ComparedActivity other, TermStatistics statistics) {
        Signals signals = Signals.of(draft, other, statistics, false);
        return signals == null ? Optional.empty() : Optional.ofNullable(signals.linked());
    }

    /**
     * What the rules weigh of a pair that shares a country, some days and a subtype or beneficiaries. Only what decides
     * is computed for every pair a recompute compares; what the evidence says in words, when the pair is flagged.
     */
    private record Signals(boolean sharedSubtype, boolean sharedBeneficiary, boolean otherPeople, double text,
            double title, String language, TermSet textA, TermSet textB, TermStatistics statistics, boolean sameDates,
            boolean sameBudget, String sharedImplementer, boolean samePublisher, boolean regionalBesideNational,
            String linked, boolean partners) {

        /** Null when the two cannot overlap; {@code forAlert}: null too when no alert can follow (no shared subtype). */
        static Signals of(ComparedActivity a, ComparedActivity b, TermStatistics statistics, boolean forAlert) {
            if (a.iatiIdentifier().equals(b.iatiIdentifier())) {
                return null; // an activity itself
            }
            // the cheap tests first, without building anything: most pairs a recompute sees fail one of them
            if (!datesOverlap(a, b) || !intersects(a.countries(), b.countries())) {
                return null;
            }
            boolean sharedSubtype = intersects(a.taSubtypes(), b.taSubtypes());
            boolean sharedBeneficiary = intersects(a.beneficiaryGroups(), b.beneficiaryGroups());
            if (!sharedSubtype && (forAlert || !sharedBeneficiary)) {
                return null; // the same people for other kinds of work raise no alert (severity below)
            }
            double text = 0;
            String language = null;
            for (var terms : a.termsByLanguage().entrySet()) {
                TermSet others = b.termsByLanguage().get(terms.getKey());
                if (others != null) {
                    double similarity = terms.getValue().similarity(others, statistics);
                    if (language == null || similarity > text
                            || similarity == text && terms.getKey().compareTo(language) < 0) {
                        text = similarity;
                        language = terms.getKey();
                    }
                }
            }
            boolean sameDates = OverlapRules.sameDates(a, b);
            double title = 0;
            if (language != null && (text >= ALIKE || sameDates)) { // what the title decides needs one of these
                TermSet mine = a.titleTermsByLanguage().get(language);
                TermSet theirs = b.titleTermsByLanguage().get(language);
                title = mine == null || theirs == null ? 0 : mine.similarity(theirs, statistics);
            }
            boolean samePublisher = a.organisation().equals(b.organisation());
            boolean partners = !samePublisher && (b.fundedBy(a.organisation()) || a.fundedBy(b.organisation())
                    || b.implementedBy(a.organisation()) || a.implementedBy(b.organisation()));
            String linked = null;
            if (a.linkedActivities().contains(b.iatiIdentifier()) || b.linkedActivities().contains(a.iatiIdentifier())) {
                linked = "one names the other as a related activity or the source of its funds";
            }
            if (linked == null && partners && (text >= ALIKE || sameDates)) {
                // one takes part in the other's activity as funder or implementer, and it reads as the same work
                linked = "funder's and implementer's reports of one activity (" + a.organisation() + ", "
                        + b.organisation() + ")";
            }
            int smaller = Math.min(a.countries().size(), b.countries().size());
            int larger = Math.max(a.countries().size(), b.countries().size());
            return new Signals(sharedSubtype, sharedBeneficiary,
                    !a.beneficiaryGroups().isEmpty() && !b.beneficiaryGroups().isEmpty() && !sharedBeneficiary,
                    text, title, language, language == null ? null : a.termsByLanguage().get(language),
                    language == null ? null : b.termsByLanguage().get(language), statistics, sameDates,
                    OverlapRules.sameBudget(a.budget(), b.budget()), OverlapRules.sharedImplementer(a, b),
                    samePublisher, smaller == 1 && larger > 1, linked, partners);
        }

        Overlap.Severity severity() {
            boolean corroborated = sameDates || sameBudget || sharedImplementer != null;
            boolean sameSubject = title >= TITLES_ALIKE && text >= ALIKE;
            if (samePublisher) {
                // an organisation's own activities are its business, unless the same one was entered twice
                boolean twice = sharedSubtype && !otherPeople && (text >= SAME_TEXT
                        || sameSubject && text >= VERY_ALIKE && (sameDates || sameBudget)
                        || language == null && sameDates && sameBudget && sharedBeneficiary);
                return twice ? Overlap.Severity.HIGH : null;
            }
            if (!sharedSubtype) {
                return null; // the same people, other kinds of work: nothing to coordinate
            }
            Overlap.Severity severity;
            if (!otherPeople && (sameSubject && text >= VERY_ALIKE && corroborated || text >= SAME_TEXT
                    || language == null && sameDates && sharedBeneficiary && (sameBudget || sharedImplementer != null))) {
                severity = Overlap.Severity.HIGH;
            } else if (!otherPeople && (sameSubject || sharedBeneficiary && sameDates && title >= TITLES_ALIKE)) {
                severity = Overlap.Severity.MEDIUM;
            } else if (sharedBeneficiary || otherPeople && sameSubject) {
                severity = Overlap.Severity.LOW;
            } else {
                return null;
            }
            return regionalBesideNational ? Overlap.Severity.LOW : severity;
        }

        List<String> evidence(ComparedActivity a, ComparedActivity b) {
            List<String> evidence = new ArrayList<>();
            if (samePublisher) {
                evidence.add("both reported by " + a.organisation() + ": the same activity entered twice?");
            }
            evidence.add("both in " + String.join(", ", sorted(intersection(a.countries(), b.countries()))));
            if (regionalBesideNational) {
                evidence.add("a regional activity beside a national one");
            }
            evidence.add(sameDates ? "same dates" : "dates overlap");
            if (sharedSubtype) {
                evidence.add("same TA subtype " + String.join(", ", sorted(intersection(a.taSubtypes(),
                        b.taSubtypes()))));
            }
            if (sharedBeneficiary) {
                evidence.add("same beneficiaries " + String.join(", ", sorted(intersection(a.beneficiaryGroups(),
                        b.beneficiaryGroups()))));
            }
            if (sameBudget) {
                evidence.add("same budget");
            }
            if (sharedImplementer != null) {
                evidence.add("same implementer " + sharedImplementer);
            }
            if (otherPeople) {
                evidence.add("for other people");
            }
            List<String> sharedTerms = language == null ? List.of() : textA.sharedTerms(textB, statistics, 4);
            if (language != null && text > 0) {
                evidence.add("titles " + Math.round(title * 100) + " % alike, texts " + Math.round(text * 100)
                        + " % (" + language + ")" + (sharedTerms.isEmpty() ? "" : ", sharing "
                        + String.join(", ", sharedTerms)));
            } else if (language == null) {
                evidence.add("no language in common");
            }
            return List.copyOf(evidence);
        }
    }

    /** An open start or end runs on. */
    private static boolean datesOverlap(ComparedActivity a, ComparedActivity b) {
        return (a.start() == null || b.end() == null || !a.start().isAfter(b.end()))
                && (b.start() == null || a.end() == null || !b.start().isAfter(a.end()));
    }

    /** Both starts known and within the margin, and both ends (or neither) too. */
    private static boolean sameDates(ComparedActivity a, ComparedActivity b) {
        return a.start() != null && b.start() != null && within(a.start(), b.start())
                && (a.end() == null && b.end() == null || a.end() != null && b.end() != null && within(a.end(), b.end()));
    }

    private static boolean within(LocalDate a, LocalDate b) {
        return Math.abs(a.toEpochDay() - b.toEpochDay()) <= SAME_DATES_DAYS;
    }

    private static boolean sameBudget(ComparedActivity.Budget a, ComparedActivity.Budget b) {
        return a != null && b != null && a.currency().equals(b.currency()) && a.amount() > 0 && b.amount() > 0
                && Math.abs(a.amount() - b.amount()) <= SAME_BUDGET_SHARE * Math.max(a.amount(), b.amount());
    }

    /** An organisation implementing both that reports neither: both reports describe its one piece of work. */
    private static String sharedImplementer(ComparedActivity a, ComparedActivity b) {
        String found = null;
        for (ComparedActivity.Participant participant : a.participants()) {
            if (participant.implementsIt() && b.implementedBy(participant.organisation())
                    && !participant.organisation().equals(a.organisation())
                    && !participant.organisation().equals(b.organisation())
                    && (found == null || participant.organisation().compareTo(found) < 0)) {
                found = participant.organisation();
            }
        }
        return found;
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
