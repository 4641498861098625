package org.taplatform.coordination.overlap.model;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The analysed terms of an activity's texts in one language, as the sorted ids of a vocabulary shared by all
 * activities: the Jaccard similarity of two is then a merge of two small int arrays, which a full recompute does for
 * a million pairs, instead of hash lookups of strings. The vocabulary only grows (one entry per distinct analysed
 * term ever seen: tens of thousands for a large registry).
 */
public final class TermSet {

    private static final Map<String, Integer> VOCABULARY = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT_ID = new AtomicInteger();

    private final int[] ids;

    private TermSet(int[] ids) {
        this.ids = ids;
    }

    public static TermSet of(Set<String> terms) {
        int[] ids = new int[terms.size()];
        int i = 0;
        for (String term : terms) {
            ids[i++] = VOCABULARY.computeIfAbsent(term, t -> NEXT_ID.getAndIncrement());
        }
        Arrays.sort(ids);
        return new TermSet(ids);
    }

    public int size() {
        return ids.length;
    }

    /** Shared terms over all terms of the two; 0 when both are empty. */
    public double jaccard(TermSet other) {
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < ids.length && j < other.ids.length) {
            if (ids[i] == other.ids[j]) {
                shared++;
                i++;
                j++;
            } else if (ids[i] < other.ids[j]) {
                i++;
            } else {
                j++;
            }
        }
        int all = ids.length + other.ids.length - shared;
        return all == 0 ? 0 : (double) shared / all;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TermSet terms && Arrays.equals(ids, terms.ids);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ids);
    }

    @Override
    public String toString() {
        return ids.length + " terms";
    }
}
