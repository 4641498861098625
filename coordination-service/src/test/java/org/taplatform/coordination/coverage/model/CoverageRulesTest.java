package org.taplatform.coordination.coverage.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Coverage rules, without infrastructure. */
class CoverageRulesTest {

    static final UUID NEED = UUID.randomUUID();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static ActivityFact activity(Set<UUID> needs, String subtype, String country, String status, LocalDate end) {
        return new ActivityFact("XI-A-" + status, needs, Set.of(subtype), Set.of(country), status,
                LocalDate.of(2026, 1, 1), end);
    }

    static Coverage assess(List<ActivityFact> activities, List<PledgeFact> pledges) {
        return CoverageRules.assess(NEED, "KEN", "LEGAL.DRAFTING", activities, pledges, List.of(), TODAY);
    }

    @Test
    void shouldCallANeedCoveredWhenAnActivityNamingItWasDelivered() {
        Coverage coverage = assess(List.of(activity(Set.of(NEED), "LEGAL.DRAFTING", "KEN", "4", TODAY.minusDays(9))),
                List.of());
        assertThat(coverage.level()).isEqualTo(Coverage.Level.COVERED);
        assertThat(coverage.status()).isEqualTo("COVERED");
        assertThat(coverage.evidence()).singleElement().asString().contains("XI-A-4");
    }

    @Test
    void shouldCallItInProgressForAnActivityNamingItOrOfItsSubtypeUnderWayInTheCountry() {
        assertThat(assess(List.of(activity(Set.of(NEED), "DATA.DATABASE", "UGA", "2", null)), List.of()).status())
                .isEqualTo("IN_PROGRESS");
        Coverage bySubtype = assess(List.of(activity(Set.of(), "LEGAL.DRAFTING", "KEN", "2", TODAY.plusMonths(2))),
                List.of());
        assertThat(bySubtype.level()).isEqualTo(Coverage.Level.PARTLY_COVERED);
        assertThat(bySubtype.status()).isEqualTo("IN_PROGRESS");
        // ended, elsewhere, another subtype, cancelled: none of them count
        assertThat(assess(List.of(activity(Set.of(), "LEGAL.DRAFTING", "KEN", "2", TODAY.minusDays(1)),
                activity(Set.of(), "LEGAL.DRAFTING", "UGA", "2", null),
                activity(Set.of(), "LEGAL.CASEWORK", "KEN", "2", null),
                activity(Set.of(NEED), "LEGAL.DRAFTING", "KEN", "5", null)), List.of()).level())
                .isEqualTo(Coverage.Level.UNMET);
    }

    @Test
    void shouldCallANeedWithAnAcceptedOfferMatchedUntilItsActivityIsUnderWay() {
        Coverage offered = CoverageRules.assess(NEED, "KEN", "LEGAL.DRAFTING", List.of(), List.of(),
                List.of(new OfferFact("XM-DAC-41119", "Drafting support")), TODAY);
        assertThat(offered.level()).isEqualTo(Coverage.Level.PARTLY_COVERED);
        assertThat(offered.status()).isEqualTo("MATCHED");
        assertThat(offered.evidence()).containsExactly("the State accepted the offer of XM-DAC-41119: Drafting support");
        Coverage started = CoverageRules.assess(NEED, "KEN", "LEGAL.DRAFTING",
                List.of(activity(Set.of(NEED), "LEGAL.DRAFTING", "KEN", "1", null)), List.of(),
                List.of(new OfferFact("XM-DAC-41119", "Drafting support")), TODAY);
        assertThat(started.status()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void shouldCallAFundedNeedWithoutActivityMatched() {
        Coverage pledged = assess(List.of(), List.of(new PledgeFact(NEED, "XI-DEMO-NORLAND-MFA", new BigDecimal("250000"),
                "EUR", "COMMITTED")));
        assertThat(pledged.status()).isEqualTo("MATCHED");
        assertThat(pledged.evidence()).containsExactly("XI-DEMO-NORLAND-MFA committed 250000 EUR");
        assertThat(assess(List.of(), List.of(new PledgeFact(NEED, "X", BigDecimal.ONE, "EUR", "CANCELLED"))).status())
                .isEqualTo("OPEN");
    }
}
