package org.taplatform.events.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taplatform.reference.validation.CurrencyCode;
import org.taplatform.reference.validation.LanguageTag;

/**
 * The money of an activity as IATI 2.03 reports it, element for element, so that an imported file is written out again
 * without loss: its budgets by period, its planned disbursements and its transactions, each with the organisations the
 * money comes from and goes to. The same records are what an activity's registration accepts (hence the constraints)
 * and what its events carry.
 */
public final class ActivityFinance {

    private ActivityFinance() {
    }

    /** An amount in a currency, valued on a date (IATI value: its exchange rate is the one of that date). */
    public record MoneyValue(
            @NotNull @Schema(example = "60000") BigDecimal amount,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code") @CurrencyCode @Schema(example = "USD") String currency,
            @NotNull @Schema(example = "2026-01-15") LocalDate valueDate) {
    }

    /**
     * A budget for one period (IATI budget): its IATI BudgetType (1 original, 2 revised), its BudgetStatus (1
     * indicative, 2 committed), the period and the amount.
     */
    public record PeriodBudget(
            @NotNull @Pattern(regexp = "[12]", message = "must be an IATI BudgetType: 1 original, 2 revised") @Schema(example = "1") String type,
            @NotNull @Pattern(regexp = "[12]", message = "must be an IATI BudgetStatus: 1 indicative, 2 committed") @Schema(example = "2") String status,
            @NotNull @Schema(example = "2026-01-01") LocalDate periodStart,
            @NotNull @Schema(example = "2026-12-31") LocalDate periodEnd,
            @NotNull @Valid MoneyValue value) {
    }

    /**
     * An organisation money comes from or goes to (IATI provider-org, receiver-org): its identifier and IATI
     * OrganisationType when given, its name, and its own activity the money leaves or reaches.
     */
    public record FlowOrganisation(
            @Size(max = 250) @Schema(example = "XM-DAC-7-1") String ref,
            @Pattern(regexp = ORGANISATION_TYPES, message = "must be an IATI OrganisationType code") @Schema(example = "10") String type,
            @Size(max = 300) @Schema(example = "Ministry of Foreign Affairs of the Netherlands") String name,
            @Size(max = 250) @Schema(example = "XM-DAC-7-1-4000001234") String activityId) {
    }

    /**
     * Money planned to reach the activity in a period (IATI planned-disbursement): its BudgetType (1 original, 2
     * revised), the period (the end may be left out), the amount, who is to pay and who is to receive.
     */
    public record PlannedDisbursement(
            @Pattern(regexp = "[12]", message = "must be an IATI BudgetType: 1 original, 2 revised") @Schema(example = "1") String type,
            @NotNull @Schema(example = "2026-07-01") LocalDate periodStart,
            @Schema(example = "2026-09-30") LocalDate periodEnd,
            @NotNull @Valid MoneyValue value,
            @Valid FlowOrganisation provider,
            @Valid FlowOrganisation receiver) {
    }

    /** A code of a vocabulary (an IATI sector or aid type of a transaction), the vocabulary as IATI numbers it. */
    public record VocabularyCode(
            @NotBlank @Size(max = 20) @Schema(example = "1") String vocabulary,
            @NotBlank @Size(max = 100) @Schema(example = "15130") String code) {
    }

    /**
     * Money that moved or was committed (IATI transaction): its IATI TransactionType (1 incoming funds, 2 outgoing
     * commitment, 3 disbursement, 4 expenditure, 11 incoming commitment …), the date, the amount, who paid and who
     * received, and the classifications a publisher gives a transaction of its own.
     */
    public record Transaction(
            @Size(max = 250) @Schema(description = "the publisher's reference for it", example = "TR-2026-0042") String ref,
            @NotNull @Pattern(regexp = "[1-9]|1[0-3]", message = "must be an IATI TransactionType, 1 to 13") @Schema(example = "3") String type,
            @NotNull @Schema(example = "2026-03-15") LocalDate date,
            @NotNull @Valid MoneyValue value,
            @Size(max = 20) @Schema(example = "{\"en\": \"First instalment\"}") Map<@NotNull @LanguageTag String, @NotBlank @Size(max = 2000) String> descriptions,
            @Valid FlowOrganisation provider,
            @Valid FlowOrganisation receiver,
            @Pattern(regexp = "[1-4]", message = "must be an IATI DisbursementChannel, 1 to 4") String disbursementChannel,
            @Size(max = 20) List<@NotNull @Valid VocabularyCode> sectors,
            @Size(max = 2) @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code, as IATI gives a transaction's recipient country") String recipientCountry,
            @Valid VocabularyCode recipientRegion,
            @Size(max = 3) @Pattern(regexp = "\\d{1,3}", message = "must be an IATI FlowType code") String flowType,
            @Size(max = 4) @Pattern(regexp = "\\d{1,4}", message = "must be an IATI FinanceType code") String financeType,
            @Size(max = 10) List<@NotNull @Valid VocabularyCode> aidTypes,
            @Pattern(regexp = "[345]", message = "must be an IATI TiedStatus: 3 partially tied, 4 tied, 5 untied") String tiedStatus,
            Boolean humanitarian) {

        /** Transactions written before they carried their classifications had none. */
        public Transaction {
            descriptions = descriptions == null ? Map.of() : descriptions;
            sectors = sectors == null ? List.of() : sectors;
            aidTypes = aidTypes == null ? List.of() : aidTypes;
        }

        /** IATI TransactionType 1 (incoming funds) and 11 (incoming commitment): money reaching the activity. */
        public boolean incoming() {
            return "1".equals(type) || "11".equals(type);
        }

        /**
         * Money committed to the work, whether reported by the funder (2 outgoing commitment) or the implementer (11
         * incoming commitment).
         */
        public boolean commitment() {
            return "2".equals(type) || "11".equals(type);
        }

        /** Money that left or reached the activity: 1 incoming funds, 3 disbursement, 4 expenditure. */
        public boolean spent() {
            return "1".equals(type) || "3".equals(type) || "4".equals(type);
        }
    }

    /** IATI's OrganisationType codelist. */
    public static final String ORGANISATION_TYPES = "10|11|15|21|22|23|24|30|40|60|70|71|72|73|80|90";
}
