package org.taplatform.needs.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class SharesTest {

    @Test
    void shouldAddUpToExactlyOneHundredWhenThirdsWouldNot() {
        List<BigDecimal> shares = Shares.of(List.of(1L, 1L, 1L));
        assertThat(shares).extracting(BigDecimal::toPlainString).containsExactly("33.4", "33.3", "33.3");
        assertThat(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("100.0");
    }

    @Test
    void shouldGiveTheMissingTenthsToTheLargestRemainders() {
        // exact: 14.2857, 28.5714, 57.1428 -> floors 14.2, 28.5, 57.1 (99.8); remainders .857, .714, .428 -> the two
        // missing tenths go to the first and the second
        assertThat(Shares.of(List.of(1L, 2L, 4L))).extracting(BigDecimal::toPlainString)
                .containsExactly("14.3", "28.6", "57.1");
    }

    @Test
    void shouldReproduceRoundSharesExactly() {
        assertThat(Shares.of(List.of(25L, 20L, 16L, 16L, 23L))).extracting(BigDecimal::toPlainString)
                .containsExactly("25.0", "20.0", "16.0", "16.0", "23.0");
    }

    @Test
    void shouldAddUpToOneHundredForAnyCounts() {
        java.util.Random random = new java.util.Random(42);
        for (int run = 0; run < 500; run++) {
            List<Long> counts = random.longs(1 + random.nextInt(30), 0, 1000).boxed().toList();
            if (counts.stream().mapToLong(Long::longValue).sum() == 0) {
                continue;
            }
            assertThat(Shares.of(counts).stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                    .as("shares of %s", counts).isEqualByComparingTo("100.0");
        }
    }

    @Test
    void shouldGiveZeroSharesWhenThereIsNothingToShare() {
        assertThat(Shares.of(List.of(0L, 0L))).extracting(BigDecimal::toPlainString).containsExactly("0.0", "0.0");
    }
}
