package org.taplatform.needs.chart;

import java.util.List;

/**
 * What a bar chart shows, independent of how it is drawn: categories (one bar or group of bars each), series (one
 * value per category each), in one language. Stacked charts pile the series up.
 */
public record CategoryChart(String title, String subtitle, String valueAxisLabel, List<String> categories,
        List<Series> series, boolean stacked, boolean rightToLeft) {

    public record Series(String name, List<? extends Number> values) {
    }
}
