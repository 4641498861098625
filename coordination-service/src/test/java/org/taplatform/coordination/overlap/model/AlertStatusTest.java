package org.taplatform.coordination.overlap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.taplatform.coordination.model.IllegalTransitionException;

/** The alert's life, without infrastructure. */
class AlertStatusTest {

    @Test
    void shouldLetPeopleSettleAnActiveAlertOnce() {
        assertThat(AlertStatus.OPEN.acknowledge()).isEqualTo(AlertStatus.ACKNOWLEDGED);
        assertThat(AlertStatus.ACKNOWLEDGED.merge()).isEqualTo(AlertStatus.MERGED);
        assertThat(AlertStatus.ACKNOWLEDGED.dismiss()).isEqualTo(AlertStatus.DISMISSED);
        assertThat(AlertStatus.OPEN.close()).isEqualTo(AlertStatus.CLOSED);
        assertThatThrownBy(AlertStatus.ACKNOWLEDGED::acknowledge).isInstanceOf(IllegalTransitionException.class);
        for (AlertStatus settled : new AlertStatus[] { AlertStatus.MERGED, AlertStatus.DISMISSED, AlertStatus.CLOSED }) {
            assertThat(settled.isActive()).isFalse();
            assertThatThrownBy(settled::merge).isInstanceOf(IllegalTransitionException.class)
                    .hasMessageContaining(settled.name());
            assertThatThrownBy(settled::dismiss).isInstanceOf(IllegalTransitionException.class);
            assertThatThrownBy(settled::close).isInstanceOf(IllegalTransitionException.class);
        }
    }

    @Test
    void shouldRaiseAgainOnlyWhatTheMachineClosedNotWhatAPersonDecided() {
        assertThat(AlertStatus.CLOSED.redetected()).isEqualTo(AlertStatus.OPEN);
        assertThat(AlertStatus.DISMISSED.redetected()).isEqualTo(AlertStatus.DISMISSED);
        assertThat(AlertStatus.MERGED.redetected()).isEqualTo(AlertStatus.MERGED);
        assertThat(AlertStatus.ACKNOWLEDGED.redetected()).isEqualTo(AlertStatus.ACKNOWLEDGED);
    }
}
