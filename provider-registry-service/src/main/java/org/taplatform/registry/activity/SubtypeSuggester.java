package org.taplatform.registry.activity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.taplatform.events.registry.ActivitySnapshot;
import org.taplatform.reference.ReferenceData;
import org.taplatform.reference.TaSubtype;
import org.taplatform.reference.TaType;
import org.taplatform.reference.TextFolding;
import org.taplatform.reference.UnLanguage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Suggests TA subtypes and instruments for an activity its publisher did not classify, from what the activity says:
 * words of its titles and descriptions matched against each subtype's names (six languages) and hints (English,
 * French, Spanish), and the DAC sectors it is reported under. A word counts for more the fewer subtypes it points to
 * (a rarity weight), a phrase for each of its words; a sector adds a smaller weight. Words are compared by a crude
 * stem (accents and case gone, a plural s dropped, the first six letters), enough for the hints' languages; Arabic,
 * Chinese and Russian texts are matched only against the subtypes' names. The coordinator decides: these are
 * suggestions with their reasons. Precision on labelled activities: SubtypeSuggestionGroundTruthTest.
 */
public final class SubtypeSuggester {

    /** A subtype suggested, how strongly (only the order means something), and why. */
    public record Suggestion(String taSubtype, String name, double score, List<String> reasons) {
    }

    /** The suggestions for one activity: subtypes, best first, and the instruments its text names. */
    public record Suggestions(List<Suggestion> taSubtypes, List<String> instruments) {
    }

    static final int KEPT = 3;
    private static final double SECTOR_WEIGHT = 0.75;
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> STOP = Set.of("the", "and", "for", "with", "from", "into", "its", "their", "des",
            "les", "los", "las", "del", "pour", "par", "para", "con", "une", "dans", "sur", "aux", "por", "que", "und",
            "der", "die", "of", "in", "on", "to", "de", "la", "le", "el", "en", "et", "y", "a");

    private static final SubtypeSuggester INSTANCE = new SubtypeSuggester();

    /** One thing that points to a subtype: a word or phrase (its stems) and where it came from. */
    private record Hint(List<String> stems, String text) {
    }

    private final Map<String, List<Hint>> hintsBySubtype = new LinkedHashMap<>();
    private final Map<String, Set<String>> sectorsBySubtype = new HashMap<>();
    private final Map<String, List<Hint>> instrumentHints = new LinkedHashMap<>();
    private final Map<String, Double> rarity = new HashMap<>();

    private SubtypeSuggester() {
        JsonNode hints = read("/classification/subtype-hints.json");
        for (TaType type : ReferenceData.instance().taTypes()) {
            for (TaSubtype subtype : type.subtypes()) {
                List<Hint> all = new ArrayList<>();
                for (UnLanguage language : UnLanguage.values()) {
                    String name = subtype.names().in(language);
                    for (String stem : stems(name)) {
                        all.add(new Hint(List.of(stem), name));
                    }
                }
                JsonNode own = hints.path("subtypes").path(subtype.code());
                own.path("words").forEach(word -> all.add(new Hint(stems(word.asText()), word.asText())));
                Set<String> sectors = new LinkedHashSet<>();
                own.path("sectors").forEach(sector -> sectors.add(sector.asText()));
                hintsBySubtype.put(subtype.code(), all.stream().filter(h -> !h.stems().isEmpty()).distinct().toList());
                sectorsBySubtype.put(subtype.code(), sectors);
            }
        }
        hints.path("instruments").fields().forEachRemaining(entry -> {
            List<Hint> words = new ArrayList<>();
            entry.getValue().forEach(word -> words.add(new Hint(stems(word.asText()), word.asText())));
            instrumentHints.put(entry.getKey(), words);
        });
        // a stem found in the hints of few subtypes says more than one found in many
        Map<String, Integer> subtypesWith = new HashMap<>();
        hintsBySubtype.values().forEach(list -> list.stream().flatMap(h -> h.stems().stream()).distinct()
                .forEach(stem -> subtypesWith.merge(stem, 1, Integer::sum)));
        int subtypes = hintsBySubtype.size();
        subtypesWith.forEach((stem, count) -> rarity.put(stem, Math.log(1.0 + (double) subtypes / count)));
    }

    public static SubtypeSuggester instance() {
        return INSTANCE;
    }

    /** The best subtypes (at most three, each with a reason) and the instruments the activity's text names. */
    public Suggestions suggest(ActivitySnapshot activity) {
        List<String> texts = new ArrayList<>(activity.titles().values());
        texts.addAll(activity.descriptions().values());
        Set<String> words = new LinkedHashSet<>();
        texts.forEach(text -> words.addAll(stems(text)));
        Set<String> sectors = new LinkedHashSet<>();
        activity.sectors().forEach(sector -> sectors.add(sector.code()));

        List<Suggestion> suggestions = new ArrayList<>();
        hintsBySubtype.forEach((subtype, hints) -> {
            double score = 0;
            Set<String> matched = new LinkedHashSet<>();
            Set<String> counted = new java.util.HashSet<>();
            for (Hint hint : hints) {
                if (words.containsAll(hint.stems())) {
                    for (String stem : hint.stems()) {
                        if (counted.add(stem)) { // a stem counts once per subtype, whichever hints share it
                            score += rarity.getOrDefault(stem, 0.0);
                        }
                    }
                    matched.add(hint.text().length() > 40 ? String.join(" ", hint.stems()) : hint.text());
                }
            }
            List<String> reasons = new ArrayList<>();
            if (!matched.isEmpty()) {
                reasons.add("its text mentions " + String.join(", ", limit(matched, 5)));
            }
            Set<String> sectorsMatched = new LinkedHashSet<>(sectorsBySubtype.get(subtype));
            sectorsMatched.retainAll(sectors);
            if (!sectorsMatched.isEmpty() && score > 0) {
                score += SECTOR_WEIGHT;
                reasons.add("DAC sector " + String.join(", ", sectorsMatched));
            }
            if (score > 0) {
                String name = ReferenceData.instance().taSubtype(subtype).map(s -> s.names().in(UnLanguage.EN))
                        .orElse(subtype);
                suggestions.add(new Suggestion(subtype, name, Math.round(score * 100) / 100.0, reasons));
            }
        });
        suggestions.sort(Comparator.comparingDouble(Suggestion::score).reversed()
                .thenComparing(Suggestion::taSubtype));
        List<String> instruments = new ArrayList<>();
        instrumentHints.forEach((instrument, hints) -> {
            if (hints.stream().anyMatch(hint -> words.containsAll(hint.stems()))) {
                instruments.add(instrument);
            }
        });
        return new Suggestions(List.copyOf(suggestions.subList(0, Math.min(KEPT, suggestions.size()))),
                List.copyOf(instruments));
    }

    /** The stems of a text's words: no accents, lower case, a plural s dropped, at most six letters. */
    static List<String> stems(String text) {
        String plain = TextFolding.fold(text);
        List<String> stems = new ArrayList<>();
        for (String word : NON_WORD.split(plain)) {
            if (word.length() < 3 || STOP.contains(word)) {
                continue;
            }
            String singular = word.length() > 4 && word.endsWith("s") && !word.endsWith("ss")
                    ? word.substring(0, word.length() - 1) : word;
            stems.add(singular.length() > 6 ? singular.substring(0, 6) : singular);
        }
        return stems;
    }

    private static List<String> limit(Collection<String> values, int max) {
        return values.stream().limit(max).toList();
    }

    private static JsonNode read(String resource) {
        try (InputStream in = SubtypeSuggester.class.getResourceAsStream(resource)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
