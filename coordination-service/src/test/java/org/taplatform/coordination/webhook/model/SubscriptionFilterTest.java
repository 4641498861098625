package org.taplatform.coordination.webhook.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Which notices a subscription wants, and when a failed delivery is tried again; no infrastructure. */
class SubscriptionFilterTest {

    static final Notice KENYA_DRAFTING = new Notice(NoticeKind.NEED, Set.of("KEN"), Set.of("002", "202", "014"),
            Set.of("UNTOC"), Set.of("LEGAL.DRAFTING"));

    @Test
    void shouldMatchByKindPlaceInstrumentAndSubtype() {
        assertThat(filter(Set.of(NoticeKind.NEED), Set.of(), Set.of(), Set.of(), Set.of()).matches(KENYA_DRAFTING)).isTrue();
        assertThat(filter(Set.of(NoticeKind.GAP), Set.of(), Set.of(), Set.of(), Set.of()).matches(KENYA_DRAFTING)).isFalse();
        assertThat(filter(Set.of(NoticeKind.NEED), Set.of("UGA"), Set.of(), Set.of(), Set.of()).matches(KENYA_DRAFTING)).isFalse();
        // a country or an area it lies in: East Africa (014) takes Kenya
        assertThat(filter(Set.of(NoticeKind.NEED), Set.of("UGA"), Set.of("014"), Set.of(), Set.of()).matches(KENYA_DRAFTING)).isTrue();
        assertThat(filter(Set.of(NoticeKind.NEED), Set.of(), Set.of(), Set.of("UNCAC"), Set.of()).matches(KENYA_DRAFTING)).isFalse();
        assertThat(filter(Set.of(NoticeKind.NEED), Set.of(), Set.of(), Set.of(), Set.of("TRAINING.POLICE")).matches(KENYA_DRAFTING)).isFalse();
        assertThat(filter(Set.of(NoticeKind.NEED), Set.of("KEN"), Set.of(), Set.of("UNTOC"), Set.of("LEGAL.DRAFTING"))
                .matches(KENYA_DRAFTING)).isTrue();
    }

    @Test
    void shouldNotHoldBackANoticeThatDoesNotSayItsSubtype() {
        Notice alert = new Notice(NoticeKind.OVERLAP, Set.of("KEN"), Set.of("014"), Set.of(), Set.of());
        assertThat(filter(Set.of(NoticeKind.OVERLAP), Set.of(), Set.of(), Set.of("UNTOC"), Set.of("LEGAL.DRAFTING"))
                .matches(alert)).isTrue();
    }

    @Test
    void shouldDoubleTheWaitUpToItsCapAndGiveUpAfterTheLastAttempt() {
        RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(10), Duration.ofMinutes(1), 5);
        assertThat(schedule.after(1)).contains(Duration.ofSeconds(10));
        assertThat(schedule.after(2)).contains(Duration.ofSeconds(20));
        assertThat(schedule.after(3)).contains(Duration.ofSeconds(40));
        assertThat(schedule.after(4)).contains(Duration.ofMinutes(1));
        assertThat(schedule.after(5)).isEmpty();
    }

    private static SubscriptionFilter filter(Set<NoticeKind> kinds, Set<String> countries, Set<String> regions,
            Set<String> instruments, Set<String> subtypes) {
        return new SubscriptionFilter(kinds, countries, regions, instruments, subtypes);
    }
}
