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
                .containsExactly("capability", "instrument", "presence", "language", "experience", "funding");
        assertThat(first.reasons().get(4).why()).contains("XI-A-1").contains("in KEN");
        Match second = ranked.get(1);
        // capability 35 + instrument 15 + presence in Eastern Africa 7.5 of 100
        assertThat(second.score()).isEqualTo(57.5);
        assertThat(first.reasons().get(5).why()).contains("pledged 50000 EUR to this need");
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
                "COOPERATION.CRIMINAL_MATTERS_TRAINING", "COOPERATION", Set.of(), Set.of())), List.of(), List.of());
        Match presenceHeavy = new Matcher(new MatchWeights(10, 0, 90, 0, 0, 0)).match(KENYA_MLA, onlyPresent).orElseThrow();
        assertThat(presenceHeavy.score()).isEqualTo(100.0);
        Match byDefault = matcher.match(KENYA_MLA, onlyPresent).orElseThrow();
        assertThat(byDefault.score()).isEqualTo(50.0);
    }

    @Test
    void shouldRankAsScoringEveryCandidateWouldWhenItSkipsThoseThatCannotReachTheRanking() {
        java.util.Random random = new java.util.Random(11);
        List<String> subtypes = List.of("COOPERATION.CRIMINAL_MATTERS_TRAINING", "COOPERATION.INFORMATION_SHARING",
                "COOPERATION.JOINT_INVESTIGATIONS");
        List<String> countries = List.of("KEN", "UGA", "TZA", "FRA");
        for (int round = 0; round < 50; round++) {
            List<Provider> providers = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String subtype = subtypes.get(random.nextInt(subtypes.size()));
                int place = random.nextInt(4); // anywhere, East Africa, one country, South-East Asia
                providers.add(new Provider("XI-" + round + "-" + i, "P" + i,
                        Set.of(countries.get(random.nextInt(countries.size()))), random.nextBoolean() ? Set.of("014")
                                : Set.of(), Set.of(random.nextBoolean() ? "en" : "fr"),
                        List.of(new Provider.Capability(subtype, "COOPERATION", random.nextBoolean() ? Set.of("UNTOC")
                                : Set.of("TIP"), place == 2 ? Set.of(countries.get(random.nextInt(countries.size())))
                                        : Set.of(), place == 1 ? Set.of("014") : place == 3 ? Set.of("035") : Set.of(),
                                Set.of(), random.nextInt(4) == 0)),
                        random.nextInt(3) == 0 ? List.of(new Provider.PastActivity("XI-A-" + i, Set.of(KENYA_MLA
                                .taSubtype()), Set.of(countries.get(random.nextInt(countries.size()))),
                                random.nextBoolean())) : List.of(),
                        random.nextInt(5) == 0 ? List.of(new Provider.Pledge(random.nextBoolean() ? KENYA_MLA.id() : null,
                                "KEN", null, BigDecimal.ONE, "EUR")) : List.of()));
            }
            int limit = 1 + random.nextInt(5);
            // every candidate explained and sorted: what the ranking must equal
            List<Match> everyone = providers.stream().map(p -> matcher.match(KENYA_MLA, p)).flatMap(
                    java.util.Optional::stream).sorted(java.util.Comparator.comparingDouble(Match::score).reversed()
                            .thenComparing(Match::organisation)).limit(limit).toList();

            List<Match> ranked = matcher.rank(KENYA_MLA, providers, limit);

            assertThat(ranked).isEqualTo(everyone);
            ranked.forEach(m -> assertThat(matcher.score(KENYA_MLA, providers.stream()
                    .filter(p -> p.identifier().equals(m.organisation())).findFirst().orElseThrow()))
                    .isEqualTo(m.score()));
        }
    }

    @Test
    void shouldNameTheSameActivityAsExperienceWhateverOrderActivitiesComeIn() {
        List<Provider.PastActivity> activities = List.of(
                new Provider.PastActivity("XI-A-9", Set.of(KENYA_MLA.taSubtype()), Set.of("KEN")),
                new Provider.PastActivity("XI-A-2", Set.of(KENYA_MLA.taSubtype()), Set.of("KEN")));
        Provider one = provider("XI-A", Set.of("KEN"), Set.of("en"), List.of(capability(KENYA_MLA.taSubtype(),
                "COOPERATION", Set.of("UNTOC"), Set.of())), activities, List.of());
        Provider other = provider("XI-A", Set.of("KEN"), Set.of("en"), List.of(capability(KENYA_MLA.taSubtype(),
                "COOPERATION", Set.of("UNTOC"), Set.of())), activities.reversed(), List.of());

        assertThat(matcher.match(KENYA_MLA, one).orElseThrow().reasons().get(4).why()).contains("XI-A-2");
        assertThat(matcher.match(KENYA_MLA, one)).isEqualTo(matcher.match(KENYA_MLA, other));
    }
}
