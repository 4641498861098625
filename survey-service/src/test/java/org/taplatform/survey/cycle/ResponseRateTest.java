package org.taplatform.survey.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResponseRateTest {

    @Test
    void shouldRoundRatesHalfUpToOneDecimal() {
        assertThat(CycleStatisticsService.rate(2, 3)).hasToString("66.7");
        assertThat(CycleStatisticsService.rate(1, 3)).hasToString("33.3");
        assertThat(CycleStatisticsService.rate(1, 8)).hasToString("12.5");
        assertThat(CycleStatisticsService.rate(1, 16)).as("6.25 rounds up").hasToString("6.3");
        assertThat(CycleStatisticsService.rate(97, 147)).as("the 2009 overview's UNTOC first cycle").hasToString("66.0");
        assertThat(CycleStatisticsService.rate(0, 0)).hasToString("0.0");
    }
}
