package org.taplatform.coordination.funding.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.taplatform.coordination.funding.model.ActivityMoney.Flow;
import org.taplatform.coordination.funding.model.FundingLedger.ActivityFact;
import org.taplatform.coordination.funding.model.FundingLedger.Money;
import org.taplatform.coordination.funding.model.FundingLedger.NeedFact;
import org.taplatform.coordination.funding.model.FundingLedger.PledgeFact;

/**
 * The funding view's figures against a case worked out by hand: every rule that keeps a flow from being counted twice
 * (a disbursement against its commitment, a pledge to an activity that reports its own money, the implementer's
 * report of its funder's money, an activity answering two needs), a cancelled pledge, money outside the needs by
 * country share, and currencies kept apart.
 */
class FundingLedgerTest {

    static final UUID DRAFTING = UUID.randomUUID();
    static final UUID TRAINING = UUID.randomUUID();
    static final UUID SHELTER = UUID.randomUUID();

    static BigDecimal $(String amount) {
        return new BigDecimal(amount);
    }

    static ActivityMoney money(Map<String, BigDecimal> shares, Flow... flows) {
        return ActivityMoney.of(List.of(flows), shares);
    }

    @Test
    void shouldCountEachFlowOnceAtTheStageItReached() {
        UUID donorActivity = UUID.randomUUID();
        UUID implementerActivity = UUID.randomUUID();
        UUID pledgedActivity = UUID.randomUUID();
        UUID regional = UUID.randomUUID();
        List<NeedFact> needs = List.of(
                new NeedFact(DRAFTING, "KEN", new Money($("200000"), "USD")),
                new NeedFact(TRAINING, "KEN", new Money($("100000"), "USD")),
                new NeedFact(SHELTER, "KEN", null));
        List<ActivityFact> activities = List.of(
                // the donor's activity: commits 150,000 to drafting and training, disburses 90,000 of it
                new ActivityFact(donorActivity, "XM-DONOR-1", List.of(DRAFTING, TRAINING), Set.of(), List.of("XM-DONOR"),
                        money(Map.of("KEN", $("100")), new Flow("2", $("150000"), "USD"), new Flow("3", $("90000"), "USD"),
                                new Flow("4", $("50000"), "USD"))),
                // the implementer's report of the same money, naming the donor's activity: not counted again
                new ActivityFact(implementerActivity, "XM-UNODC-7", List.of(DRAFTING), Set.of("XM-DONOR-1"),
                        List.of("XM-DONOR"), money(Map.of("KEN", $("100")), new Flow("11", $("75000"), "USD"),
                                new Flow("1", $("45000"), "USD"))),
                // an activity with no transactions of its own: the pledge to it stands for its money
                new ActivityFact(pledgedActivity, "XM-NGO-3", List.of(SHELTER), Set.of(), List.of(), ActivityMoney.NONE),
                // a regional activity answering no need: 40 % of it is Kenya's, outside its needs
                new ActivityFact(regional, "XM-REG-9", List.of(), Set.of(), List.of("XM-EU"),
                        money(Map.of("KEN", $("40"), "UGA", $("60")), new Flow("3", $("50000"), "EUR"))));
        List<PledgeFact> pledges = List.of(
                new PledgeFact("XM-NORLAND", "KEN", DRAFTING, null, "PLEDGED", $("20000"), "USD"),
                new PledgeFact("XM-NORLAND", "KEN", TRAINING, null, "CANCELLED", $("99999"), "USD"),
                new PledgeFact("XM-SUDLAND", "KEN", TRAINING, null, "DISBURSED", $("10000"), "EUR"),
                new PledgeFact("XM-SUDLAND", "KEN", null, pledgedActivity, "COMMITTED", $("30000"), "USD"),
                new PledgeFact("XM-SUDLAND", "KEN", null, donorActivity, "DISBURSED", $("90000"), "USD"),
                new PledgeFact("XM-ALBION", "KEN", null, null, "COMMITTED", $("5000"), "GBP"));
        FundingLedger ledger = new FundingLedger(needs, activities, pledges);

        // drafting: half the donor's activity (45,000 paid, 30,000 still committed) and a 20,000 pledge
        var drafting = ledger.need(DRAFTING);
        assertThat(drafting.funding().paid()).isEqualTo(Map.of("USD", $("45000.00")));
        assertThat(drafting.funding().committed()).isEqualTo(Map.of("USD", $("30000.00")));
        assertThat(drafting.funding().pledged()).isEqualTo(Map.of("USD", $("20000.00")));
        assertThat(drafting.coverage()).isEqualTo(37.5); // 75,000 of 200,000
        // training: the other half, and 10,000 EUR paid, not converted into the USD requirement
        var training = ledger.need(TRAINING);
        assertThat(training.funding().funded()).isEqualTo(Map.of("EUR", $("10000.00"), "USD", $("75000.00")));
        assertThat(training.coverage()).isEqualTo(75.0);
        // shelter: no requirement agreed; the pledge to its activity, committed
        var shelter = ledger.need(SHELTER);
        assertThat(shelter.funding().committed()).isEqualTo(Map.of("USD", $("30000.00")));
        assertThat(shelter.coverage()).isNull();

        var kenya = ledger.country("KEN");
        assertThat(kenya.required()).isEqualTo(Map.of("USD", $("300000")));
        assertThat(kenya.towardNeeds().funded()).isEqualTo(Map.of("EUR", $("10000.00"), "USD", $("180000.00")));
        assertThat(kenya.coverage()).isEqualTo(Map.of("USD", 60.0));
        assertThat(kenya.outsideNeeds().paid()).isEqualTo(Map.of("EUR", $("20000.00")));
        assertThat(kenya.outsideNeeds().committed()).isEqualTo(Map.of("GBP", $("5000.00")));
        assertThat(kenya.byDonor().get("XM-DONOR").funded()).isEqualTo(Map.of("USD", $("150000.00")));
        assertThat(kenya.byDonor().get("XM-EU").paid()).isEqualTo(Map.of("EUR", $("20000.00")));
        assertThat(kenya.byDonor()).doesNotContainKey("(not reported)"); // the shelter's money is a pledge: its donor
        assertThat(kenya.byDonor().get("XM-SUDLAND").funded()).isEqualTo(Map.of("EUR", $("10000.00"), "USD",
                $("30000.00")));
        assertThat(ledger.country("UGA").outsideNeeds().paid()).isEqualTo(Map.of("EUR", $("30000.00")));
        assertThat(ledger.countries()).extracting(FundingLedger.CountryFunding::country).containsExactly("KEN", "UGA");
    }

    @Test
    void shouldCountOneOfTwoActivitiesThatNameEachOther() {
        UUID need = UUID.randomUUID();
        List<ActivityFact> activities = List.of(
                new ActivityFact(UUID.randomUUID(), "XM-B-1", List.of(need), Set.of("XM-A-1"), List.of(),
                        money(Map.of("KEN", $("100")), new Flow("3", $("40000"), "USD"))),
                new ActivityFact(UUID.randomUUID(), "XM-A-1", List.of(need), Set.of("XM-B-1"), List.of(),
                        money(Map.of("KEN", $("100")), new Flow("3", $("40000"), "USD"))));
        FundingLedger ledger = new FundingLedger(List.of(new NeedFact(need, "KEN", new Money($("80000"), "USD"))),
                activities, List.of());
        assertThat(ledger.need(need).funding().paid()).isEqualTo(Map.of("USD", $("40000.00")));
        assertThat(ledger.need(need).coverage()).isEqualTo(50.0);
    }
}
