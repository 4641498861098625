package org.taplatform.registry.organisation;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.taplatform.reference.TextFolding;

/**
 * Whether an organisation being registered is probably one the registry has already: the same identifier written
 * another way (case, spaces, separators: {@code xm-dac 41114} is {@code XM-DAC-41114}), the same website (scheme,
 * {@code www.} and path aside), or names alike in any of their languages (the same words once accents, case and
 * words such as "the" and "of" are set aside, or one name the acronym of another: "UNDP"). Organisations merged into
 * another are not candidates: their survivor is. A unit and its organisation (a UNODC field office and UNODC) share a
 * website without being duplicates.
 */
final class OrganisationDuplicates {

    /** A registered organisation that looks like the new one, and why. */
    record Candidate(String identifier, String name, List<String> reasons) {
    }

    /** What is compared of an organisation. */
    record Profile(String identifier, Map<String, String> names, String website, String unitOf) {

        /** Its own organisation and that one's other units share its website: a family, not duplicates. */
        boolean isFamilyOf(Organisation other) {
            return unitOf != null && (other.identifier.equals(unitOf) || unitOf.equals(other.unitOf))
                    || identifier.equals(other.unitOf);
        }
    }

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> FILLER = Set.of("the", "of", "for", "and", "de", "du", "des", "la", "le", "les",
            "el", "los", "las", "del", "y", "et", "für", "und", "der", "die");
    private static final double ALIKE = 0.8;

    private OrganisationDuplicates() {
    }

    static List<Candidate> of(Profile registering, Collection<Organisation> registered) {
        List<Candidate> candidates = new ArrayList<>();
        String identifier = compact(registering.identifier());
        String website = host(registering.website());
        for (Organisation other : registered) {
            if (other.mergedInto != null || other.identifier.equals(registering.identifier())) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            if (compact(other.identifier).equals(identifier)) {
                reasons.add("the same identifier written another way (" + other.identifier + ")");
            }
            if (website != null && website.equals(host(other.website)) && !registering.isFamilyOf(other)) {
                reasons.add("the same website (" + website + ")");
            }
            String alike = alikeNames(registering.names(), other.names);
            if (alike != null) {
                reasons.add(alike);
            }
            if (!reasons.isEmpty()) {
                candidates.add(new Candidate(other.identifier, other.name("en"), reasons));
            }
        }
        return candidates;
    }

    /** "names alike: …" for the first pair of names that are, else null. */
    private static String alikeNames(Map<String, String> mine, Map<String, String> theirs) {
        for (String a : mine.values()) {
            for (String b : theirs.values()) {
                List<String> wordsA = words(a);
                List<String> wordsB = words(b);
                if (wordsA.isEmpty() || wordsB.isEmpty()) {
                    continue;
                }
                if (jaccard(wordsA, wordsB) >= ALIKE) {
                    return "names alike: \"" + a + "\" and \"" + b + "\"";
                }
                if (acronymOf(wordsA, wordsB) || acronymOf(wordsB, wordsA)) {
                    return "one name the acronym of the other: \"" + a + "\" and \"" + b + "\"";
                }
            }
        }
        return null;
    }

    private static boolean acronymOf(List<String> single, List<String> long_) {
        if (single.size() != 1 || long_.size() < 2 || single.get(0).length() < 3) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        long_.forEach(word -> initials.append(word.charAt(0)));
        return initials.toString().equals(single.get(0));
    }

    private static double jaccard(List<String> a, List<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return union.isEmpty() ? 0 : (double) common.size() / union.size();
    }

    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String word : NON_WORD.split(folded(name))) {
            if (!word.isEmpty() && !FILLER.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    private static String compact(String identifier) {
        return identifier == null ? "" : NON_WORD.matcher(folded(identifier)).replaceAll("");
    }

    /** The website's host, lower case, without {@code www.}; null when there is none. */
    static String host(String website) {
        if (website == null || website.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(website.strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String folded(String text) {
        return TextFolding.fold(text);
    }
}
