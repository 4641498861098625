package org.taplatform.coordination.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.taplatform.coordination.coverage.model.ActivityFact;
import org.taplatform.coordination.index.IndexedActivity;
import org.taplatform.coordination.index.IndexedNeed;
import org.taplatform.coordination.index.IndexedOrganisation;
import org.taplatform.coordination.index.IndexedPledge;
import org.taplatform.coordination.index.ReadModelIndex;
import org.taplatform.coordination.matching.model.Match;
import org.taplatform.coordination.matching.model.MatchWeights;
import org.taplatform.coordination.matching.model.Matcher;
import org.taplatform.coordination.matching.model.Provider;
import org.taplatform.coordination.overlap.model.ComparedActivity;
import org.taplatform.events.SharingConsent;

/**
 * Matching from the index scores only the organisations that can still enter a ranking (those near the need first,
 * the hundreds of its subtype only when needed), one need at a time and for all needs at once: the rankings must equal
 * those of scoring every organisation. Without infrastructure: the index alone.
 */
class MatchingCandidatesTest {

    static final List<String> COUNTRIES = List.of("KEN", "UGA", "TZA", "FRA", "CHN");
    static final List<String> SUBTYPES = List.of("LEGAL.DRAFTING", "LEGAL.REVIEW", "COOPERATION.MLA",
            "COOPERATION.TRAINING");
    static final List<String> LANGUAGES = List.of("en", "fr", "sw", "zh");

    final Random random = new Random(5);

    @Test
    void shouldRankAsScoringEveryOrganisationWould() {
        for (int round = 0; round < 10; round++) {
            ReadModelIndex index = new ReadModelIndex();
            List<String> organisations = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                String id = "XI-CAND-" + round + "-" + i;
                organisations.add(id);
                index.put(organisation(id));
            }
            List<IndexedNeed> needs = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                needs.add(need());
                index.put(needs.get(i));
            }
            for (int i = 0; i < 300; i++) {
                index.put(activity(organisations.get(random.nextInt(organisations.size())),
                        organisations.get(random.nextInt(organisations.size())), i));
            }
            for (int i = 0; i < 8; i++) {
                index.put(new IndexedPledge(UUID.randomUUID(), organisations.get(random.nextInt(organisations.size())),
                        pick(COUNTRIES), random.nextBoolean() ? needs.get(random.nextInt(needs.size())).id() : null,
                        null, BigDecimal.TEN, "EUR", random.nextInt(4) == 0 ? "CANCELLED" : "PLEDGED"));
            }
            MatchingService matching = new MatchingService(weights(), index);
            Matcher matcher = new Matcher(MatchWeights.DEFAULT);
            List<Provider> everyone = organisations.stream().map(id -> index.provider(id).orElseThrow()).toList();
            int limit = 1 + random.nextInt(5);

            Map<UUID, List<Matcher.Scored>> all = matching.bestForAll(needs, limit);

            for (IndexedNeed need : needs) {
                List<Match> expected = matcher.rank(need.toMatch(), everyone, limit);
                assertThat(matching.best(need, limit)).isEqualTo(expected);
                assertThat(matching.explain(need, all.get(need.id()))).isEqualTo(expected);
            }
        }
    }

    static MatchingSettings weights() {
        MatchWeights weights = MatchWeights.DEFAULT;
        return new MatchingSettings() {
            public double capability() {
                return weights.capability();
            }

            public double instrument() {
                return weights.instrument();
            }

            public double presence() {
                return weights.presence();
            }

            public double language() {
                return weights.language();
            }

            public double experience() {
                return weights.experience();
            }

            public double funding() {
                return weights.funding();
            }
        };
    }

    IndexedOrganisation organisation(String id) {
        List<Provider.Capability> capabilities = new ArrayList<>();
        for (int c = 0; c < 1 + random.nextInt(3); c++) {
            String subtype = pick(SUBTYPES);
            capabilities.add(new Provider.Capability(subtype, type(subtype), random.nextBoolean() ? Set.of("UNTOC")
                    : Set.of("TIP"), random.nextInt(4) == 0 ? Set.of(pick(COUNTRIES)) : Set.of(),
                    random.nextInt(4) == 0 ? Set.of("014") : Set.of(), random.nextBoolean() ? Set.of(pick(LANGUAGES))
                            : Set.of(), random.nextInt(5) == 0));
        }
        return new IndexedOrganisation(id, id, random.nextBoolean() ? Set.of(pick(COUNTRIES)) : Set.of(),
                random.nextInt(3) == 0 ? Set.of("142") : Set.of(), Set.of(pick(LANGUAGES)), capabilities);
    }

    IndexedNeed need() {
        UUID id = UUID.randomUUID();
        String country = pick(COUNTRIES);
        String subtype = pick(SUBTYPES);
        return new IndexedNeed(id, country, "UNTOC", type(subtype), subtype, "HIGH",
                SharingConsent.PROVIDERS_AND_DONORS, "OPEN", null, null, List.of(),
                org.taplatform.coordination.index.NeedsToMatch.of(id, country, "UNTOC", type(subtype), subtype));
    }

    /** An activity reported by one organisation with another taking part; some withdrawn (they do not count). */
    IndexedActivity activity(String reporter, String participant, int i) {
        Set<String> countries = Set.of(pick(COUNTRIES));
        Set<String> subtypes = Set.of(pick(SUBTYPES));
        LocalDate start = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(300));
        ActivityFact fact = new ActivityFact(reporter + "-A" + i, Set.of(), subtypes, countries, "2", start,
                start.plusDays(90));
        // the participant funds, implements or is accountable; the reporter names itself or not
        ComparedActivity compared = ComparedActivity.of(reporter + "-A" + i, reporter, countries, subtypes, Set.of(),
                start, start.plusDays(90), Map.of()).withParticipants(random.nextBoolean()
                        ? Set.of(new ComparedActivity.Participant(participant, pick(List.of("1", "2", "3", "4"))))
                        : new HashSet<>(List.of(new ComparedActivity.Participant(participant, pick(List.of("1", "4"))),
                                new ComparedActivity.Participant(reporter, pick(List.of("1", "2", "4"))))));
        return IndexedActivity.of(UUID.randomUUID(), reporter + "-A" + i, reporter, new HashSet<>(List.of(reporter,
                participant)), "2", random.nextInt(8) != 0, fact, compared);
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static String type(String subtype) {
        return subtype.substring(0, subtype.indexOf('.'));
    }
}
