package org.taplatform.coordination.overlap.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Overlap rules, without infrastructure. */
class OverlapRulesTest {

    static ComparedActivity activity(String id, String organisation, String subtype, Set<String> groups, LocalDate start,
            LocalDate end, Set<String> englishTerms) {
        return ComparedActivity.of(id, organisation, Set.of("KEN"), Set.of(subtype), groups, start, end,
                Map.of("en", englishTerms));
    }

    static final Set<String> DRAFT_TERMS = Set.of("train", "prosecutor", "cybercrim", "case");
    static final ComparedActivity DRAFT = activity("draft", "XI-A", "TRAINING.JUSTICE_OFFICIALS", Set.of("PROSECUTORS"),
            LocalDate.of(2026, 5, 1), LocalDate.of(2026, 10, 31), DRAFT_TERMS);

    @Test
    void shouldRateAlikeTextsOfTheSameSubtypeHigh() {
        Overlap overlap = OverlapRules.compare(DRAFT, activity("other", "XI-B", "TRAINING.JUSTICE_OFFICIALS",
                Set.of("JUDGES"), LocalDate.of(2026, 9, 1), null, Set.of("train", "prosecutor", "cybercrim", "evidenc")))
                .orElseThrow();
        assertThat(overlap.severity()).isEqualTo(Overlap.Severity.HIGH);
        assertThat(overlap.similarity()).isEqualTo(0.6);
        assertThat(overlap.evidence()).contains("both in KEN", "dates overlap",
                "same TA subtype TRAINING.JUSTICE_OFFICIALS", "texts 60 % alike (en)");
    }

    @Test
    void shouldRateSameSubtypeAndBeneficiariesLowWhateverTheTexts() {
        assertThat(OverlapRules.compare(DRAFT, activity("other", "XI-B", "TRAINING.JUSTICE_OFFICIALS",
                Set.of("PROSECUTORS"), null, null, Set.of("mentor", "program"))).orElseThrow().severity())
                .isEqualTo(Overlap.Severity.LOW);
    }

    @Test
    void shouldNotCallItAnOverlapAcrossTimeOrWithinOneOrganisationOrWithoutCommonGround() {
        assertThat(OverlapRules.compare(DRAFT, activity("past", "XI-B", "TRAINING.JUSTICE_OFFICIALS", Set.of("PROSECUTORS"),
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), DRAFT_TERMS))).isEmpty();
        assertThat(OverlapRules.compare(DRAFT, activity("own", "XI-A", "TRAINING.JUSTICE_OFFICIALS", Set.of("PROSECUTORS"),
                null, null, DRAFT_TERMS))).isEmpty();
        assertThat(OverlapRules.compare(DRAFT, activity("unrelated", "XI-B", "DATA.DATABASE", Set.of("TAX_ADMINISTRATORS"),
                null, null, DRAFT_TERMS))).isEmpty();
    }

    @Test
    void shouldMeasureSimilarityAsSharedTermsOverAllTerms() {
        TermSet a = TermSet.of(Set.of("train", "prosecutor", "cybercrim", "case"));
        TermSet b = TermSet.of(Set.of("case", "train", "judg"));

        assertThat(a.jaccard(b)).isEqualTo(2.0 / 5);
        assertThat(b.jaccard(a)).isEqualTo(a.jaccard(b));
        assertThat(a.jaccard(a)).isEqualTo(1.0);
        assertThat(TermSet.of(Set.of()).jaccard(TermSet.of(Set.of()))).isZero();
        assertThat(TermSet.of(Set.of("judg", "case", "train"))).isEqualTo(b);
    }
}
