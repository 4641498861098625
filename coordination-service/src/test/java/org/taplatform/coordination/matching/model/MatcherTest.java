package org.taplatform.coordination.matching.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Matching rules, without infrastructure. */
class MatcherTest {

    static final NeedToMatch KENYA_MLA = new NeedToMatch(UUID.randomUUID(), "KEN", Set.of("002", "014", "202"), "UNTOC",
            "COOPERATION", "COOPERATION.CRIMINAL_MATTERS_TRAINING", Set.of("en", "sw"));

    static Provider.Capability capability(String subtype, String type, Set<String> instruments, Set<String> areas) {
        return new Provider.Capability(subtype, type, instruments, Set.of(), areas, Set.of());
    }

    static Provider provider(String id, Set<String> countries, Set<String> languages, List<Provider.Capability> capabilities,
            List<Provider.PastActivity> activities, List<Provider.Pledge> pledges) {
        return new Provider(id, id, countries, Set.of(), languages, capabilities, activities, pledges);
    }

    final Matcher matcher = new Matcher(MatchWeights.DEFAULT);

    @Test
    void shouldRankTheOrganisationThatFitsOnEveryCountFirstAndExplainWhy() {
        Provider best = provider("XI-A", Set.of("KEN"), Set.of("en"),
                List.of(capability("COOPERATION.CRIMINAL_MATTERS_TRAINING", "COOPERATION", Set.of("UNTOC"), Set.of())),
                List.of(new Provider.PastActivity("XI-A-1", Set.of("COOPERATION.CRIMINAL_MATTERS_TRAINING"), Set.of("KEN"))),
                List.of(new Provider.Pledge(KENYA_MLA.id(), "KEN", null, new BigDecimal("50000"), "EUR")));
        Provider regional = provider("XI-B", Set.of("UGA"), Set.of("fr"),
                List.of(capability("COOPERATION.CRIMINAL_MATTERS_TRAINING", "COOPERATION", Set.of("UNTOC"), Set.of("014"))),
                List.of(), List.of());
        Provider sameTypeOnly = provider("XI-C", Set.of("KEN"), Set.of("sw"),
                List.of(capability("COOPERATION.INFORMATION_SHARING", "COOPERATION", Set.of("TIP"), Set.of())), List.of(),
                List.of());
        Provider unrelated = provider("XI-D", Set.of("KEN"), Set.of("en"),
                List.of(capability("DATA.DATABASE", "DATA", Set.of("UNTOC"), Set.of())), List.of(), List.of());

        List<Match> ranked = matcher.rank(KENYA_MLA, List.of(unrelated, sameTypeOnly, regional, best), 10);

        assertThat(ranked).extracting(Match::organisation).containsExactly("XI-A", "XI-B", "XI-C");
        Match first = ranked.get(0);
        assertThat(first.score()).isEqualTo(100.0);
        assertThat(first.reasons()).extracting(Match.Reason::component)
                .containsExactly("capability", "instrument", "presence", "language", "experience", "pledge");
        assertThat(first.reasons().get(4).why()).contains("XI-A-1").contains("in KEN");
        Match second = ranked.get(1);
        // capability 35 + instrument 15 + presence in Eastern Africa 7.5 of 100
        assertThat(second.score()).isEqualTo(57.5);
        assertThat(second.reasons().get(2).why()).contains("014");
        assertThat(second.reasons().get(3).fit()).isZero();
        Match third = ranked.get(2);
        // same type only 17.5, not for UNTOC, present 15, Swahili 10
        assertThat(third.score()).isEqualTo(42.5);
        assertThat(third.reasons().get(0).why()).contains("same type");
    }

    @Test
    void shouldWeighAsConfigured() {
        Provider onlyPresent = provider("XI-E", Set.of("KEN"), Set.of(), List.of(capability(
                "COOPERATION.CRIMINAL_MATTERS_TRAINING", "COOPERATION", Set.of(), Set.of("999"))), List.of(), List.of());
        Match presenceHeavy = new Matcher(new MatchWeights(10, 0, 90, 0, 0, 0)).match(KENYA_MLA, onlyPresent).orElseThrow();
        assertThat(presenceHeavy.score()).isEqualTo(100.0);
        Match byDefault = matcher.match(KENYA_MLA, onlyPresent).orElseThrow();
        assertThat(byDefault.score()).isEqualTo(50.0);
    }
}
