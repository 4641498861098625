package org.taplatform.needs.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.taplatform.needs.chart.CategoryChart;
import org.taplatform.needs.chart.CategoryChart.Series;
import org.taplatform.reference.UnLanguage;

/** Each analysis as a chart, in the language of its labels. */
final class AnalysisCharts {

    private AnalysisCharts() {
    }

    /** The bars of a chart by country: the 24 countries with the most needs, then the others together. */
    static final int MOST_COUNTRIES = 25;

    static CategoryChart of(Breakdown breakdown, int minimumCountries) {
        UnLanguage language = UnLanguage.ofTag(breakdown.language()).orElse(UnLanguage.FALLBACK);
        List<String> categories = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        List<Breakdown.Cell> cells = breakdown.cells();
        // a bar per country would make a chart nobody reads: the largest ones, then the others together
        boolean folded = Dimension.COUNTRY.pathName().equals(breakdown.dimension()) && cells.size() > MOST_COUNTRIES;
        List<Breakdown.Cell> drawn = folded ? cells.subList(0, MOST_COUNTRIES - 1) : cells;
        for (Breakdown.Cell cell : drawn) {
            categories.add(cell.label() + " (" + cell.share() + " %)");
            counts.add(cell.count());
        }
        if (folded) {
            List<Breakdown.Cell> others = cells.subList(MOST_COUNTRIES - 1, cells.size());
            java.math.BigDecimal share = others.stream().map(Breakdown.Cell::share)
                    .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
            categories.add(ChartTexts.text("otherCountries", language, others.size()) + " (" + share + " %)");
            counts.add(others.stream().mapToLong(Breakdown.Cell::count).sum());
        }
        if (breakdown.withheld() != null && breakdown.withheld().count() != null) {
            categories.add(ChartTexts.text("withheld", language, minimumCountries) + " ("
                    + breakdown.withheld().share() + " %)");
            counts.add(breakdown.withheld().count());
        }
        String subtitle = breakdown.total() == null ? ChartTexts.text("withheld", language, minimumCountries)
                : ChartTexts.text("total", language, breakdown.total());
        String needs = ChartTexts.text("needs", language);
        return new CategoryChart(ChartTexts.text("needsBy", language, ChartTexts.text(breakdown.dimension(), language)),
                subtitle, needs, categories, List.of(new Series(needs, counts)), false, language == UnLanguage.AR);
    }

    static CategoryChart of(ResponseRates rates) {
        UnLanguage language = UnLanguage.ofTag(rates.language()).orElse(UnLanguage.FALLBACK);
        // one bar group per instrument, one bar per cycle
        Map<String, String> instruments = new LinkedHashMap<>();
        Map<String, Map<String, Number>> byCycle = new LinkedHashMap<>();
        for (ResponseRates.Rate rate : rates.rates()) {
            instruments.putIfAbsent(rate.instrument(), rate.instrumentLabel());
            byCycle.computeIfAbsent(rate.cycle(), c -> new LinkedHashMap<>()).put(rate.instrument(), rate.rate());
        }
        List<Series> series = new ArrayList<>();
        byCycle.forEach((cycle, values) -> series.add(new Series(cycle,
                instruments.keySet().stream().map(values::get).toList()))); // no bar where a cycle lacks the instrument
        return new CategoryChart(ChartTexts.text("responseRates", language), null, ChartTexts.text("rate", language),
                List.copyOf(instruments.values()), series, false, language == UnLanguage.AR);
    }

    static CategoryChart of(CountryProfile profile) {
        UnLanguage language = UnLanguage.ofTag(profile.language()).orElse(UnLanguage.FALLBACK);
        List<String> categories = profile.byType().stream().map(CountryProfile.TypeRow::label).toList();
        List<Series> series = List.of(
                new Series(ChartTexts.text("new", language),
                        profile.byType().stream().map(CountryProfile.TypeRow::newNeeds).toList()),
                new Series(ChartTexts.text("persisting", language),
                        profile.byType().stream().map(CountryProfile.TypeRow::persisting).toList()),
                new Series(ChartTexts.text("resolved", language),
                        profile.byType().stream().map(CountryProfile.TypeRow::resolved).toList()));
        String subtitle = profile.cycle() == null ? null
                : profile.cycle().name() + (profile.previousCycle() == null ? "" : " / " + profile.previousCycle().name());
        return new CategoryChart(ChartTexts.text("profile", language, profile.countryLabel()), subtitle,
                ChartTexts.text("needs", language), categories, series, true, language == UnLanguage.AR);
    }
}
