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
    /** A frozen copy's weights by term id, computed once; null while the counts change. */
    private final double[] weights;
    private final int[] languageOfTerm;

    public TermStatistics() {
        this.weights = null;
        this.languageOfTerm = null;
    }

    private TermStatistics(int[] documentFrequency, int[] documents, double[] weights, int[] languageOfTerm) {
        this.documentFrequency = documentFrequency;
        this.documents = documents;
        this.weights = weights;
        this.languageOfTerm = languageOfTerm;
    }

    /**
     * A copy of the counts as they are now, with every known term's weight computed once: a full recompute weighs the
     * terms of a million pairs, which would otherwise take a logarithm for each term of each pair.
     */
    public synchronized TermStatistics frozen() {
        int[] frequency = documentFrequency.clone();
        int[] perLanguage = documents.clone();
        int[] languages = TermSet.languagesOfTerms(frequency.length);
        double[] computed = new double[frequency.length];
        for (int id = 0; id < frequency.length; id++) {
            computed[id] = languages[id] < 0 ? 0 : idf(perLanguage, frequency, languages[id], id);
        }
        return new TermStatistics(frequency, perLanguage, computed, languages);
    }

    public synchronized void add(TermSet terms) {
        requireLive();
        change(terms, 1);
    }

    public synchronized void remove(TermSet terms) {
        requireLive();
        change(terms, -1);
    }

    private void requireLive() {
        if (weights != null) {
            throw new IllegalStateException("a frozen copy of the term statistics does not change");
        }
    }

    public synchronized void clear() {
        requireLive();
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
        double[] frozen = weights;
        if (frozen != null && termId < frozen.length && languageOfTerm[termId] == languageIndex) {
            return frozen[termId];
        }
        return idf(documents, documentFrequency, languageIndex, termId);
    }

    private static double idf(int[] perLanguage, int[] frequency, int languageIndex, int termId) {
        double df = termId < frequency.length ? frequency[termId] : 0;
        double n = languageIndex < perLanguage.length ? perLanguage[languageIndex] : 0;
        return Math.log(1 + (Math.max(n - df, 0) + 0.5) / (df + 0.5));
    }
}
