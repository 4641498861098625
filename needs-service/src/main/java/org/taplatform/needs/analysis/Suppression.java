package org.taplatform.needs.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Small-cell suppression for public aggregates. A cell whose needs come from fewer than {@code minimumCountries}
 * States could tell who stated them, so its count is withheld (primary suppression). When exactly one cell is
 * withheld, the next smallest is withheld too (secondary suppression), or the published total would give the first
 * away by subtraction. When the whole table comes from too few States, everything is withheld, total included.
 */
public final class Suppression {

    private Suppression() {
    }

    /** A cell before suppression: its count and the number of distinct States its needs come from. */
    public record Tally(String code, long count, int countries) {
    }

    /** Which cells to withhold, by index in the given list. */
    public static boolean[] withheld(List<Tally> cells, int minimumCountries) {
        boolean[] withheld = new boolean[cells.size()];
        List<Integer> shown = new ArrayList<>();
        int primary = 0;
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).countries() < minimumCountries) {
                withheld[i] = true;
                primary++;
            } else {
                shown.add(i);
            }
        }
        if (primary == 1 && !shown.isEmpty()) {
            int smallest = shown.stream().min(Comparator.<Integer>comparingLong(i -> cells.get(i).count())
                    .thenComparing(i -> cells.get(i).code())).orElseThrow();
            withheld[smallest] = true;
        }
        return withheld;
    }
}
