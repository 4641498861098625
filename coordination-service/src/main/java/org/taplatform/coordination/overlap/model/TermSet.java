package org.taplatform.coordination.overlap.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The analysed terms of an activity's texts in one language, as the sorted ids of a vocabulary shared by all
 * activities (one id per language and term): comparing two is a merge of two small int arrays, which a full recompute
 * does for a million pairs, instead of hash lookups of strings. The vocabulary only grows (one entry per distinct
 * analysed term ever seen: tens of thousands for a large registry).
 */
public final class TermSet {

    private static final Map<String, Integer> VOCABULARY = new ConcurrentHashMap<>();
    private static final Map<Integer, String> TERMS = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT_ID = new AtomicInteger();
    private static final Map<String, Integer> LANGUAGES = new ConcurrentHashMap<>();
    /** The language index of each term id (a term id belongs to one language). */
    private static final Map<Integer, Integer> LANGUAGE_OF_TERM = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT_LANGUAGE = new AtomicInteger();

    private final String language;
    private final int languageIndex;
    private final int[] ids;

    private TermSet(String language, int languageIndex, int[] ids) {
        this.language = language;
        this.languageIndex = languageIndex;
        this.ids = ids;
    }

    public static TermSet of(String language, Set<String> terms) {
        int languageIndex = LANGUAGES.computeIfAbsent(language, l -> NEXT_LANGUAGE.getAndIncrement());
        int[] ids = new int[terms.size()];
        int i = 0;
        for (String term : terms) {
            ids[i++] = VOCABULARY.computeIfAbsent(language + ' ' + term, key -> {
                int id = NEXT_ID.getAndIncrement();
                TERMS.put(id, term);
                LANGUAGE_OF_TERM.put(id, languageIndex);
                return id;
            });
        }
        Arrays.sort(ids);
        return new TermSet(language, languageIndex, ids);
    }

    /** The language index of each term id below {@code count}; -1 for an id not (yet) known. */
    static int[] languagesOfTerms(int count) {
        int[] languages = new int[count];
        for (int id = 0; id < count; id++) {
            languages[id] = LANGUAGE_OF_TERM.getOrDefault(id, -1);
        }
        return languages;
    }

    public String language() {
        return language;
    }

    int languageIndex() {
        return languageIndex;
    }

    int[] ids() {
        return ids;
    }

    public int size() {
        return ids.length;
    }

    /**
     * The cosine of the two texts as vectors of their terms weighted by {@link TermStatistics#weight}: rare, informative
     * words count for much, words most activities share (template words) for little. 0 when either is empty.
     */
    public double similarity(TermSet other, TermStatistics statistics) {
        double shared = 0;
        double mine = 0;
        double theirs = 0;
        int i = 0;
        int j = 0;
        while (i < ids.length || j < other.ids.length) {
            if (j == other.ids.length || i < ids.length && ids[i] < other.ids[j]) {
                double w = statistics.weight(languageIndex, ids[i++]);
                mine += w * w;
            } else if (i == ids.length || other.ids[j] < ids[i]) {
                double w = statistics.weight(other.languageIndex, other.ids[j++]);
                theirs += w * w;
            } else {
                double w = statistics.weight(languageIndex, ids[i]);
                shared += w * w;
                mine += w * w;
                theirs += w * w;
                i++;
                j++;
            }
        }
        return mine == 0 || theirs == 0 ? 0 : shared / Math.sqrt(mine * theirs);
    }

    /**
     * The shared terms that weigh most (ties by term), in alphabetical order: the words that make two texts alike. In
     * that order, a weight that moves a little as activities come and go does not reorder an alert's evidence.
     */
    public List<String> sharedTerms(TermSet other, TermStatistics statistics, int limit) {
        return Arrays.stream(sharedIds(other)).boxed()
                .sorted((a, b) -> {
                    int byWeight = Double.compare(statistics.weight(languageIndex, b),
                            statistics.weight(languageIndex, a));
                    return byWeight != 0 ? byWeight : TERMS.get(a).compareTo(TERMS.get(b));
                })
                .limit(limit).map(TERMS::get).sorted().toList();
    }

    /** Shared terms over all terms of the two, unweighted; 0 when both are empty (the first generation's measure). */
    public double jaccard(TermSet other) {
        int shared = sharedIds(other).length;
        int all = ids.length + other.ids.length - shared;
        return all == 0 ? 0 : (double) shared / all;
    }

    private int[] sharedIds(TermSet other) {
        int[] shared = new int[Math.min(ids.length, other.ids.length)];
        int count = 0;
        int i = 0;
        int j = 0;
        while (i < ids.length && j < other.ids.length) {
            if (ids[i] == other.ids[j]) {
                shared[count++] = ids[i];
                i++;
                j++;
            } else if (ids[i] < other.ids[j]) {
                i++;
            } else {
                j++;
            }
        }
        return Arrays.copyOf(shared, count);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TermSet terms && language.equals(terms.language) && Arrays.equals(ids, terms.ids);
    }

    @Override
    public int hashCode() {
        return 31 * language.hashCode() + Arrays.hashCode(ids);
    }

    @Override
    public String toString() {
        return ids.length + " terms (" + language + ")";
    }
}
