package org.taplatform.coordination.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taplatform.coordination.funding.model.Funding;
import org.taplatform.coordination.funding.model.FundingLedger;
import org.taplatform.coordination.need.NeedReadModel;

/** The funding view as the API shows it: amounts by ISO 4217 currency, never converted. */
public final class FundingViews {

    private FundingViews() {
    }

    /** Money toward something by stage, each flow counted once at the stage it reached. */
    @Schema(name = "FundingAmounts")
    public record Amounts(
            @Schema(description = "promised, not yet committed", example = "{\"USD\": 50000.00}") Map<String, BigDecimal> pledged,
            @Schema(description = "committed, not yet paid", example = "{\"USD\": 120000.00}") Map<String, BigDecimal> committed,
            @Schema(description = "paid (disbursed, or received by the implementer)", example = "{\"USD\": 60000.00}") Map<String, BigDecimal> paid,
            @Schema(description = "committed and paid: the funding coverage is computed from", example = "{\"USD\": 180000.00}") Map<String, BigDecimal> funded) {

        static Amounts of(Funding funding) {
            return new Amounts(funding.pledged(), funding.committed(), funding.paid(), funding.funded());
        }
    }

    /** A country's requirements and funding. */
    @Schema(name = "CountryFunding")
    public record CountryView(
            @Schema(example = "KEN") String country,
            @Schema(description = "the requirements of its needs that have one, by currency", example = "{\"USD\": 450000.00}") Map<String, BigDecimal> required,
            Amounts towardNeeds,
            @Schema(description = "pledged to the country (not to a need), and activities there that answer no need, by their country share") Amounts outsideNeeds,
            @Schema(description = "percent of each requirement currency funded (committed and paid toward its needs)", example = "{\"USD\": 40.0}") Map<String, Double> coverage,
            @Schema(description = "who gave toward its needs and outside them: a pledge's donor, an activity's funding organisations (IATI role 1), the money divided between them") Map<String, Amounts> byDonor) {

        static CountryView of(FundingLedger.CountryFunding funding) {
            Map<String, Amounts> donors = new java.util.TreeMap<>();
            funding.byDonor().forEach((donor, amounts) -> donors.put(donor, Amounts.of(amounts)));
            return new CountryView(funding.country(), Map.copyOf(funding.required()), Amounts.of(funding.towardNeeds()),
                    Amounts.of(funding.outsideNeeds()), Map.copyOf(funding.coverage()), donors);
        }
    }

    /** A need's requirement and what reached it. */
    @Schema(name = "NeedFunding")
    public record NeedView(UUID needId, @Schema(example = "KEN") String country,
            @Schema(example = "COOPERATION.CRIMINAL_MATTERS_TRAINING") String taSubtype,
            @Schema(example = "UNTOC") String instrument, @Schema(example = "HIGH") String priority,
            @Schema(description = "what meeting it is estimated to cost (absent when coordination has not agreed one)") Requirement requirement,
            Amounts funding,
            @Schema(description = "percent of the requirement funded, in its currency; absent without a requirement", example = "40.0") Double coverage) {

        static NeedView of(NeedReadModel need, FundingLedger.NeedFunding funding) {
            return new NeedView(need.id, need.country, need.taSubtype, need.instrument, need.priority,
                    funding.requirement() == null ? null : new Requirement(funding.requirement().amount(),
                            funding.requirement().currency()), Amounts.of(funding.funding()), funding.coverage());
        }
    }

    @Schema(name = "FundingRequirement")
    public record Requirement(@Schema(example = "180000.00") BigDecimal amount, @Schema(example = "USD") String currency) {
    }

    @Schema(name = "FundingByCountry")
    public record Countries(List<CountryView> countries,
            @Schema(description = "when a need, activity, pledge or requirement counted last changed", example = "2026-11-20T09:30:00Z") Instant asOf) {
    }

    @Schema(name = "CountryFundingDetail")
    public record CountryDetail(CountryView totals, List<NeedView> needs,
            @Schema(description = "when a need, activity, pledge or requirement counted last changed", example = "2026-11-20T09:30:00Z") Instant asOf) {
    }

    /** A requirement as stored, with who set it. */
    @Schema(name = "NeedRequirement")
    public record RequirementView(UUID needId, @Schema(example = "180000.00") BigDecimal amount,
            @Schema(example = "USD") String currency, String note, @Schema(example = "coordinator") String setBy,
            Instant setAt, int version) {

        static RequirementView of(NeedRequirement requirement) {
            return new RequirementView(requirement.needId, requirement.amount, requirement.currency, requirement.note,
                    requirement.setBy, requirement.setAt, requirement.version);
        }
    }
}
