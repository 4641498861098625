package org.taplatform.needs.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.taplatform.needs.chart.CategoryChart;

class AnalysisChartsTest {

    @Test
    void shouldDrawTheCountriesWithTheMostNeedsAndTheOthersTogether() {
        // 30 countries: 40 needs for the first, then one fewer each; shares as the service gives them
        List<Breakdown.Cell> cells = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            cells.add(new Breakdown.Cell("C" + i, "Country " + i, 40 - i, BigDecimal.valueOf(10 + i, 1), 1));
        }
        Breakdown byCountry = new Breakdown("country", Breakdown.View.CONSENT, "en", 765L, cells, null, "", null);

        CategoryChart chart = AnalysisCharts.of(byCountry, 3);

        assertThat(chart.categories()).hasSize(AnalysisCharts.MOST_COUNTRIES);
        assertThat(chart.categories().get(0)).isEqualTo("Country 0 (1.0 %)");
        assertThat(chart.categories().get(23)).isEqualTo("Country 23 (3.3 %)");
        // countries 24..29 together: 16+15+14+13+12+11 needs, shares 3.4 .. 3.9
        assertThat(chart.categories().get(24)).isEqualTo("6 other countries (21.9 %)");
        assertThat(chart.series().get(0).values().get(24)).isEqualTo(81L);
        assertThat(chart.title()).isEqualTo("Technical assistance needs by country");
    }

    @Test
    void shouldDrawEveryCountryWhenThereAreFew() {
        List<Breakdown.Cell> cells = List.of(new Breakdown.Cell("KEN", "Kenya", 3, new BigDecimal("60.0"), 1),
                new Breakdown.Cell("UGA", "Uganda", 2, new BigDecimal("40.0"), 1));
        Breakdown byCountry = new Breakdown("country", Breakdown.View.CONSENT, "en", 5L, cells, null, "", null);

        assertThat(AnalysisCharts.of(byCountry, 3).categories()).containsExactly("Kenya (60.0 %)", "Uganda (40.0 %)");
    }
}
