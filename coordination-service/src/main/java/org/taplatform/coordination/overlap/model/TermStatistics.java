package org.taplatform.coordination.overlap.model;

import java.util.Arrays;

/**
 * How many activities' texts use each term, per language: what tells a rare, informative word ("Mombasa",
 * "cybercrime") from a template word every activity uses ("training", "workshop", "national"). A term's weight is
 * BM25's inverse document frequency, {@code ln(1 + (N - df + 0.5) / (df + 0.5))} with N the activities having texts in
 * the term's language and df those using the term: always positive, near 0 for a word in nearly every text, and
 * largest for a word seen once (or never: a draft's own word). Writers are serialised; readers take no lock and may
 * see a count one change behind.
 */
public final class TermStatistics {

    private volatile int[] documentFrequency = new int[1024];
    private volatile int[] documents = new int[8];

    public synchronized void add(TermSet terms) {
        change(terms, 1);
    }

    public synchronized void remove(TermSet terms) {
        change(terms, -1);
    }

    public synchronized void clear() {
        documentFrequency = new int[1024];
        documents = new int[8];
    }

    private void change(TermSet terms, int by) {
        int[] ids = terms.ids();
        int[] frequency = documentFrequency;
        if (ids.length > 0 && ids[ids.length - 1] >= frequency.length) {
            frequency = Arrays.copyOf(frequency, Math.max(frequency.length * 2, ids[ids.length - 1] + 1024));
        }
        for (int id : ids) {
            frequency[id] = Math.max(0, frequency[id] + by);
        }
        documentFrequency = frequency;
        int[] perLanguage = documents;
        if (terms.languageIndex() >= perLanguage.length) {
            perLanguage = Arrays.copyOf(perLanguage, terms.languageIndex() + 8);
        }
        perLanguage[terms.languageIndex()] = Math.max(0, perLanguage[terms.languageIndex()] + by);
        documents = perLanguage;
    }

    /** The weight of a term of the language (by their indexes in {@link TermSet}'s vocabulary). */
    double weight(int languageIndex, int termId) {
        int[] frequency = documentFrequency;
        int[] perLanguage = documents;
        double df = termId < frequency.length ? frequency[termId] : 0;
        double n = languageIndex < perLanguage.length ? perLanguage[languageIndex] : 0;
        return Math.log(1 + (Math.max(n - df, 0) + 0.5) / (df + 0.5));
    }

    /** Activities with texts in the language, as counted. */
    public int documents(String language) {
        TermSet probe = TermSet.of(language, java.util.Set.of());
        int[] perLanguage = documents;
        return probe.languageIndex() < perLanguage.length ? perLanguage[probe.languageIndex()] : 0;
    }
}
