package org.taplatform.needs.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Percentages that add up to exactly 100.0: the largest remainder (Hamilton) method at a tenth of a percent. Each
 * count gets the floor of its exact share in tenths; the tenths still missing go, one each, to the counts with the
 * largest remainders (ties: the larger count first, then the earlier in the list). So a table of shares never shows
 * 99.9 or 100.1, and no share is more than a tenth away from the exact one.
 */
public final class Shares {

    private Shares() {
    }

    /** The shares of each count in their sum, in percent with one decimal; all zero when the sum is zero. */
    public static List<BigDecimal> of(List<Long> counts) {
        long total = counts.stream().mapToLong(Long::longValue).sum();
        List<BigDecimal> shares = new ArrayList<>(counts.size());
        if (total == 0) {
            counts.forEach(count -> shares.add(BigDecimal.ZERO.setScale(1)));
            return shares;
        }
        long[] tenths = new long[counts.size()];
        long[] remainders = new long[counts.size()];
        long given = 0;
        for (int i = 0; i < counts.size(); i++) {
            long scaled = counts.get(i) * 1000;
            tenths[i] = scaled / total;
            remainders[i] = scaled % total;
            given += tenths[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingLong(i -> remainders[i]).reversed()
                .thenComparing(Comparator.<Integer>comparingLong(counts::get).reversed())
                .thenComparingInt(i -> i));
        for (int k = 0; k < 1000 - given; k++) {
            tenths[order.get(k)]++;
        }
        for (long t : tenths) {
            shares.add(BigDecimal.valueOf(t, 1));
        }
        return shares;
    }
}
