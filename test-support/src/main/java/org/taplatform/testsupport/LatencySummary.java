package org.taplatform.testsupport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** How the benchmarks print a latency distribution: the same percentiles, rounded the same way, everywhere. */
public final class LatencySummary {

    private LatencySummary() {
    }

    /** p50, p90, p99 and max of the values (milliseconds), with the number of samples; nearest-rank percentiles. */
    public static String of(List<Double> millis) {
        if (millis.isEmpty()) {
            return "no samples";
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms (%d samples)",
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1),
                sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1), sorted.get(sorted.size() - 1), sorted.size());
    }
}
