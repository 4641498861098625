package org.taplatform.reference.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.taplatform.reference.problem.ProblemException;

class PagingTest {

    private static final List<Integer> SEVEN = IntStream.rangeClosed(1, 7).boxed().toList();

    @Test
    void shouldGiveEveryItemOfAListReadWholeOnceAcrossItsPages() {
        List<Integer> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Page<Integer> page = new PageParameters(3, cursor).slice("numbers", SEVEN, null);
            seen.addAll(page.items());
            cursor = page.next();
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).isEqualTo(SEVEN);
        assertThat(new PageParameters(7, null).slice("numbers", SEVEN, null).next()).as("no next after the last")
                .isNull();
    }

    @Test
    void shouldRefuseACursorOfAnotherListOrOneNoListGave() {
        String cursor = new PageParameters(3, null).slice("numbers", SEVEN, null).next();
        assertThatThrownBy(() -> new PageParameters(3, cursor).slice("letters", SEVEN, null))
                .isInstanceOf(ProblemException.class);
        for (String forged : List.of("not-a-cursor", PageCursor.of("numbers", "-1").encode(),
                PageCursor.of("numbers", "99999999999").encode(), PageCursor.of("numbers", "1", "2").encode())) {
            assertThatThrownBy(() -> new PageParameters(3, forged).slice("numbers", SEVEN, null)).as(forged)
                    .isInstanceOf(ProblemException.class);
        }
    }

    @Test
    void shouldAskARankingForThePagesBeforeOneItemMoreThanThisPage() {
        String second = new PageParameters(3, null).slice("ranking", SEVEN, null).next();
        assertThat(new PageParameters(3, second).end("ranking")).isEqualTo(7);
        // a ranking computed up to that end gives the same page as the whole one
        assertThat(new PageParameters(3, second).slice("ranking", SEVEN.subList(0, 7), null).items())
                .containsExactly(4, 5, 6);
    }

    @Test
    void shouldTakeTheLatestTimeOfTheItemsForAsOf() {
        Instant early = Instant.parse("2026-01-01T00:00:00Z");
        Instant late = Instant.parse("2026-06-01T00:00:00Z");
        assertThat(Page.latest(null, early, late, null)).isEqualTo(late);
        assertThat(Page.latestOf(List.of(early, late), time -> time)).isEqualTo(late);
        assertThat(Page.latestOf(List.<Instant>of(), time -> time)).isNull();
    }

    @Test
    void shouldPageAKeysetQueryByTheExtraRowItRead() {
        Page<String> page = new PageParameters(2, null).page(List.of(1, 2, 3), n -> PageCursor.of("keys", n),
                n -> "#" + n, null);
        assertThat(page.items()).containsExactly("#1", "#2");
        assertThat(PageCursor.decode(page.next(), "keys", 1).part(0)).isEqualTo("2");
        assertThat(new PageParameters(2, null).page(List.of(1, 2), n -> PageCursor.of("keys", n), n -> "#" + n, null)
                .next()).isNull();
    }
}
