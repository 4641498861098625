package org.taplatform.coordination.overlap.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Overlap rules, without infrastructure, on hand-made activities (the measured corpus is OverlapGroundTruthTest's).
 * Terms are given analysed, as the index stores them. The term statistics hold a small registry in which "train",
 * "prosecutor" and "workshop" are template words (in nearly every text) and the rest are rare.
 */
class OverlapRulesTest {

    static final TermStatistics STATISTICS = new TermStatistics();
    static final LocalDate MAY = LocalDate.of(2026, 5, 1);
    static final LocalDate OCTOBER = LocalDate.of(2026, 10, 31);

    @BeforeAll
    static void registry() {
        for (int i = 0; i < 40; i++) {
            STATISTICS.add(TermSet.of("en", Set.of("train", "prosecutor", "workshop", "topic" + i, "city" + i % 7)));
        }
        STATISTICS.add(TermSet.of("en", Set.of("train", "prosecutor", "workshop", "cybercrim", "mombasa")));
        STATISTICS.add(TermSet.of("en", Set.of("train", "prosecutor", "workshop", "maritim", "piraci")));
    }

    static ComparedActivity activity(String id, String organisation, Set<String> groups, LocalDate start, LocalDate end,
            Set<String> terms) {
        return ComparedActivity.of(id, organisation, Set.of("KEN"), Set.of("TRAINING.JUSTICE_OFFICIALS"), groups, start,
                end, Map.of("en", terms));
    }

    static final Set<String> CYBERCRIME = Set.of("train", "prosecutor", "workshop", "cybercrim", "mombasa");
    static final ComparedActivity DRAFT = activity("XI-A-1", "XI-A", Set.of("PROSECUTORS"), MAY, OCTOBER, CYBERCRIME);

    @Test
    void shouldWeighRareWordsAboveTemplateWords() {
        TermSet cybercrime = TermSet.of("en", CYBERCRIME);
        TermSet maritime = TermSet.of("en", Set.of("train", "prosecutor", "workshop", "maritim", "piraci"));
        TermSet sameSubject = TermSet.of("en", Set.of("cybercrim", "mombasa", "seminar"));

        // three of five words shared, but template words: little alike; two rare words shared: much alike
        assertThat(cybercrime.jaccard(maritime)).isEqualTo(3.0 / 7);
        assertThat(cybercrime.similarity(maritime, STATISTICS)).isLessThan(0.15);
        assertThat(cybercrime.similarity(sameSubject, STATISTICS)).isGreaterThan(0.6);
        assertThat(cybercrime.similarity(cybercrime, STATISTICS)).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(cybercrime.similarity(maritime, STATISTICS)).isEqualTo(maritime.similarity(cybercrime, STATISTICS));
        assertThat(cybercrime.sharedTerms(sameSubject, STATISTICS, 4)).containsExactly("cybercrim", "mombasa");
        assertThat(TermSet.of("en", Set.of()).similarity(cybercrime, STATISTICS)).isZero();

        // a recompute's frozen copy weighs every term once, and as the live counts do
        TermStatistics frozen = STATISTICS.frozen();
        assertThat(cybercrime.similarity(maritime, frozen)).isEqualTo(cybercrime.similarity(maritime, STATISTICS));
        assertThat(cybercrime.similarity(sameSubject, frozen)).isEqualTo(cybercrime.similarity(sameSubject, STATISTICS));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> frozen.add(maritime))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldRateTheSameSubjectOnTheSameDatesHighAndWithoutThemMedium() {
        ComparedActivity sameDates = activity("XI-B-1", "XI-B", Set.of("PROSECUTORS"), MAY.plusDays(10),
                OCTOBER.minusDays(20), Set.of("train", "prosecutor", "cybercrim", "mombasa", "session"));
        Overlap high = OverlapRules.compare(DRAFT, sameDates, STATISTICS).orElseThrow();
        assertThat(high.severity()).isEqualTo(Overlap.Severity.HIGH);
        assertThat(high.evidence()).contains("both in KEN", "same dates", "same TA subtype TRAINING.JUSTICE_OFFICIALS",
                "same beneficiaries PROSECUTORS");
        assertThat(high.evidence()).anyMatch(e -> e.contains("% (en), sharing cybercrim, mombasa"));

        ComparedActivity later = activity("XI-B-2", "XI-B", Set.of("PROSECUTORS"), MAY.plusMonths(3), null,
                Set.of("train", "prosecutor", "cybercrim", "mombasa", "session"));
        Overlap medium = OverlapRules.compare(DRAFT, later, STATISTICS).orElseThrow();
        assertThat(medium.severity()).isEqualTo(Overlap.Severity.MEDIUM);
        assertThat(medium.evidence()).contains("dates overlap");
    }

    @Test
    void shouldRateATemplateWithAnotherSubjectLowForTheSamePeopleAndNotAtAllForOthers() {
        Set<String> maritime = Set.of("train", "prosecutor", "workshop", "maritim", "piraci");
        assertThat(OverlapRules.compare(DRAFT, activity("XI-B-3", "XI-B", Set.of("PROSECUTORS"), MAY, OCTOBER,
                maritime), STATISTICS).orElseThrow().severity()).isEqualTo(Overlap.Severity.LOW);
        assertThat(OverlapRules.compare(DRAFT, activity("XI-B-4", "XI-B", Set.of("JUDGES"), MAY, OCTOBER, maritime),
                STATISTICS)).isEmpty();
    }

    @Test
    void shouldRateTheSameSubjectForOtherPeopleLow() {
        Overlap overlap = OverlapRules.compare(DRAFT, activity("XI-B-5", "XI-B", Set.of("JUDGES"), MAY, OCTOBER,
                CYBERCRIME), STATISTICS).orElseThrow();
        assertThat(overlap.severity()).isEqualTo(Overlap.Severity.LOW);
        assertThat(overlap.evidence()).contains("for other people");
    }

    @Test
    void shouldLinkAFunderAndItsImplementerInsteadOfAlerting() {
        ComparedActivity funders = DRAFT.withParticipants(Set.of(new ComparedActivity.Participant("XI-A", "1"),
                new ComparedActivity.Participant("XI-IMPL", "4")));
        ComparedActivity implementers = activity("XI-IMPL-1", "XI-IMPL", Set.of("PROSECUTORS"), MAY, OCTOBER,
                CYBERCRIME).withParticipants(Set.of(new ComparedActivity.Participant("XI-A", "1")));
        assertThat(OverlapRules.compare(funders, implementers, STATISTICS)).isEmpty();
        assertThat(OverlapRules.link(funders, implementers, STATISTICS)).hasValueSatisfying(why -> assertThat(why)
                .contains("funder's and implementer's reports"));

        // named by identifier (related-activity, provider-activity-id): linked whatever the texts
        ComparedActivity naming = activity("XI-C-1", "XI-C", Set.of("PROSECUTORS"), MAY, OCTOBER,
                Set.of("grant", "agreement")).withLinks(Set.of("XI-A-1"));
        assertThat(OverlapRules.link(DRAFT, naming, STATISTICS)).isPresent();
        assertThat(OverlapRules.compare(DRAFT, naming, STATISTICS)).isEmpty();

        // partners' other work together is neither linked nor an alert
        ComparedActivity otherWork = activity("XI-IMPL-2", "XI-IMPL", Set.of("PROSECUTORS"), MAY.plusMonths(2), null,
                Set.of("train", "prosecutor", "workshop", "maritim", "piraci"))
                .withParticipants(Set.of(new ComparedActivity.Participant("XI-A", "1")));
        assertThat(OverlapRules.link(funders, otherWork, STATISTICS)).isEmpty();
        assertThat(OverlapRules.compare(funders, otherWork, STATISTICS)).isEmpty();
    }

    @Test
    void shouldFlagOnlyAnActivityEnteredTwiceAmongOnePublishersOwn() {
        ComparedActivity again = activity("XI-A-2", "XI-A", Set.of("PROSECUTORS"), MAY, OCTOBER, CYBERCRIME);
        Overlap twice = OverlapRules.compare(DRAFT, again, STATISTICS).orElseThrow();
        assertThat(twice.severity()).isEqualTo(Overlap.Severity.HIGH);
        assertThat(twice.evidence()).contains("both reported by XI-A: the same activity entered twice?");

        ComparedActivity ownOtherWork = activity("XI-A-3", "XI-A", Set.of("PROSECUTORS"), MAY, OCTOBER,
                Set.of("train", "prosecutor", "workshop", "maritim", "piraci"));
        assertThat(OverlapRules.compare(DRAFT, ownOtherWork, STATISTICS)).isEmpty();
        assertThat(OverlapRules.compare(DRAFT, DRAFT, STATISTICS)).as("an activity itself").isEmpty();
    }

    @Test
    void shouldKeepARegionalActivityBesideANationalOneLow() {
        ComparedActivity regional = new ComparedActivity("XI-R-1", "XI-R", Set.of("KEN", "UGA", "TZA"),
                Set.of("TRAINING.JUSTICE_OFFICIALS"), Set.of("PROSECUTORS"), MAY, OCTOBER,
                Map.of("en", TermSet.of("en", CYBERCRIME)), Map.of("en", TermSet.of("en", CYBERCRIME)), Set.of(),
                Set.of(), null);
        Overlap overlap = OverlapRules.compare(DRAFT, regional, STATISTICS).orElseThrow();
        assertThat(overlap.severity()).isEqualTo(Overlap.Severity.LOW);
        assertThat(overlap.evidence()).contains("a regional activity beside a national one");
    }

    @Test
    void shouldRateReportsWithoutACommonLanguageHighOnlyWhenEveryFactAgrees() {
        ComparedActivity french = ComparedActivity.of("XI-F-1", "XI-F", Set.of("KEN"),
                Set.of("TRAINING.JUSTICE_OFFICIALS"), Set.of("PROSECUTORS"), MAY.plusDays(3), OCTOBER,
                Map.of("fr", Set.of("format", "procureur", "cybercriminalit")));
        ComparedActivity.Budget budget = new ComparedActivity.Budget(180_000, "USD");
        assertThat(OverlapRules.compare(DRAFT.withBudget(budget), french.withBudget(new ComparedActivity.Budget(
                175_000, "USD")), STATISTICS).orElseThrow().evidence()).contains("same budget", "no language in common");
        assertThat(OverlapRules.compare(DRAFT.withBudget(budget), french.withBudget(budget), STATISTICS)
                .orElseThrow().severity()).isEqualTo(Overlap.Severity.HIGH);
        assertThat(OverlapRules.compare(DRAFT, french, STATISTICS).orElseThrow().severity())
                .isEqualTo(Overlap.Severity.LOW);
    }

    @Test
    void shouldNotCallItAnOverlapAcrossTimeOrWithoutCommonGround() {
        assertThat(OverlapRules.compare(DRAFT, activity("XI-B-6", "XI-B", Set.of("PROSECUTORS"),
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), CYBERCRIME), STATISTICS)).isEmpty();
        assertThat(OverlapRules.compare(DRAFT, ComparedActivity.of("XI-B-7", "XI-B", Set.of("KEN"),
                Set.of("DATA.DATABASE"), Set.of("TAX_ADMINISTRATORS"), null, null, Map.of("en", CYBERCRIME)),
                STATISTICS)).isEmpty();
    }
}
