package org.taplatform.needs.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.taplatform.needs.analysis.Suppression.Tally;

class SuppressionTest {

    @Test
    void shouldWithholdACellFromTooFewStatesAndTheNextSmallestSoThatTheTotalDoesNotGiveItAway() {
        boolean[] withheld = Suppression.withheld(List.of(
                new Tally("TRAINING", 40, 12), new Tally("LEGAL", 30, 9), new Tally("DATA", 6, 4),
                new Tally("VICTIMS", 2, 1)), 3);
        assertThat(withheld).containsExactly(false, false, true, true);
    }

    @Test
    void shouldNeedNoSecondCellWhenTwoAreWithheldAlready() {
        boolean[] withheld = Suppression.withheld(List.of(
                new Tally("TRAINING", 40, 12), new Tally("DATA", 6, 2), new Tally("VICTIMS", 2, 1)), 3);
        assertThat(withheld).containsExactly(false, true, true);
    }

    @Test
    void shouldWithholdNothingWhenEveryCellComesFromEnoughStates() {
        assertThat(Suppression.withheld(List.of(new Tally("A", 5, 3), new Tally("B", 1, 3)), 3))
                .containsExactly(false, false);
    }
}
