package org.taplatform.registry.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taplatform.events.registry.ActivityFinance;
import org.taplatform.events.registry.ActivityFinance.PeriodBudget;
import org.taplatform.events.registry.ActivityFinance.PlannedDisbursement;
import org.taplatform.events.registry.ActivityFinance.Transaction;
import org.taplatform.events.registry.ActivityResults.Result;
import org.taplatform.events.registry.ActivitySnapshot.DocumentLink;
import org.taplatform.reference.validation.BeneficiaryGroupCode;
import org.taplatform.reference.validation.CountryCode;
import org.taplatform.reference.validation.InstrumentCode;
import org.taplatform.reference.validation.LanguageTag;
import org.taplatform.reference.validation.RegionCode;
import org.taplatform.reference.validation.TaSubtypeCode;
import org.taplatform.registry.iati.OrganisationIdentifier;

/**
 * A TA activity as its organisation reports it, in IATI 2.03 terms: the identifier is the reporting organisation's
 * identifier, a hyphen, and the organisation's own id for the activity.
 */
@Schema(example = """
        {"reportingOrganisation": "XM-DAC-41128-ROEA", "localId": "KEN-MLA-2026-01",
         "titles": {"en": "Mutual legal assistance training for the central authority of Kenya",
                    "fr": "Formation à l'entraide judiciaire pour l'autorité centrale du Kenya"},
         "descriptions": {"en": "Three workshops on incoming and outgoing requests under UNTOC art. 18"},
         "status": "2", "plannedStart": "2026-03-01", "plannedEnd": "2026-11-30",
         "participants": [{"identifier": "XI-IATI-NORLANDMFA", "name": "Norland Ministry of Foreign Affairs", "role": "1"},
                          {"identifier": "XM-DAC-41128-ROEA", "name": "UNODC Regional Office for Eastern Africa", "role": "4"}],
         "recipientCountries": [{"code": "KEN", "percentage": 100}], "sectors": [{"code": "15130", "percentage": 100}],
         "taSubtypes": ["COOPERATION.CRIMINAL_MATTERS_TRAINING"], "instruments": ["UNTOC"], "articles": ["18"],
         "beneficiaryGroups": ["CENTRAL_AUTHORITIES", "PROSECUTORS"],
         "budget": {"amount": 180000, "currency": "USD", "valueDate": "2026-01-15"},
         "providerActivities": ["XI-IATI-NORLANDMFA-KEN-2026-MLA"]}""")
public record ActivityRequest(
        @NotBlank @OrganisationIdentifier String reportingOrganisation,
        @NotBlank @Size(max = 120) @Pattern(regexp = "[A-Za-z0-9._/-]+", message = "must be letters, digits, . _ / -") String localId,
        @NotEmpty @Size(max = 20) Map<@NotBlank @LanguageTag String, @NotBlank @Size(max = 500) String> titles,
        @NotEmpty @Size(max = 20) Map<@NotBlank @LanguageTag String, @NotBlank @Size(max = 10000) String> descriptions,
        @NotNull @Pattern(regexp = "[1-6]", message = "must be an IATI ActivityStatus code, 1 to 6") String status,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        LocalDate actualStart,
        LocalDate actualEnd,
        @NotEmpty @Size(max = 50) @Schema(description = "at least one (IATI requires it): who funds, extends, implements, is accountable") List<@NotNull @Valid Participant> participants,
        @Size(max = 250) List<@NotNull @Valid CountryShare> recipientCountries,
        @Size(max = 50) List<@NotNull @Valid RegionShare> recipientRegions,
        @Size(max = 20) List<@NotNull @Valid SectorShare> sectors,
        @Size(max = 30) List<@NotNull @TaSubtypeCode String> taSubtypes,
        @Size(max = 4) List<@NotNull @InstrumentCode String> instruments,
        @Size(max = 30) List<@NotNull @Size(max = 20) String> articles,
        @Size(max = 20) List<@NotNull @BeneficiaryGroupCode String> beneficiaryGroups,
        @Size(max = 200) @Schema(description = "ids of needs in needs-service this activity answers") List<@NotNull UUID> needIds,
        @Valid @Schema(description = "its total budget, what overlap checks compare; its periods go in budgets") Budget budget,
        @Size(max = 1000) @Schema(description = "other activities this one names (IATI related-activity): a programme's parent or children, siblings, co-funded reports of the same work") List<@NotNull @Valid RelatedActivity> relatedActivities,
        @Size(max = 50) @Schema(description = "IATI identifiers of the funders' activities its incoming funds come from (IATI transaction provider-org/@provider-activity-id)") List<@NotBlank @Size(max = 250) @Pattern(regexp = "[^\\s]+", message = "must be an IATI activity identifier (no spaces)") String> providerActivities,
        @Size(max = 20) @Schema(description = "other identifiers of the activity (IATI other-identifier): the reporter's internal reference, a CRS identifier, a previous identifier, another organisation's") List<@NotNull @Valid OtherIdentifier> otherIdentifiers,
        @Size(max = 50) @Schema(description = "documents about the activity (IATI document-link): appraisals, reports, evaluations, terms of reference") List<@NotNull @Valid DocumentLink> documents,
        @Size(max = 200) @Schema(description = "its budgets by period (IATI budget); when given without a total budget, the total is their sum (a revised budget replacing the original of its period)") List<@NotNull @Valid PeriodBudget> budgets,
        @Size(max = 500) @Schema(description = "money planned to reach it by period, from whom (IATI planned-disbursement)") List<@NotNull @Valid PlannedDisbursement> plannedDisbursements,
        @Size(max = 5000) @Schema(description = "its commitments, disbursements, expenditure and incoming funds, with who paid and who received (IATI transaction)") List<@NotNull @Valid Transaction> transactions,
        @Size(max = 100) @Schema(description = "what it means to achieve and has achieved (IATI result, with indicators, baselines, targets and actuals)") List<@NotNull @Valid Result> results) {

    /** An activity without links to others. */
    public ActivityRequest(String reportingOrganisation, String localId, Map<String, String> titles,
            Map<String, String> descriptions, String status, LocalDate plannedStart, LocalDate plannedEnd,
            LocalDate actualStart, LocalDate actualEnd, List<Participant> participants,
            List<CountryShare> recipientCountries, List<RegionShare> recipientRegions, List<SectorShare> sectors,
            List<String> taSubtypes, List<String> instruments, List<String> articles, List<String> beneficiaryGroups,
            List<UUID> needIds, Budget budget) {
        this(reportingOrganisation, localId, titles, descriptions, status, plannedStart, plannedEnd, actualStart,
                actualEnd, participants, recipientCountries, recipientRegions, sectors, taSubtypes, instruments,
                articles, beneficiaryGroups, needIds, budget, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    @Schema(name = "OtherIdentifierInput")
    public record OtherIdentifier(
            @NotBlank @Size(max = 250) @Schema(example = "KEN-MLA-07") String ref,
            @NotNull @Pattern(regexp = "A1|A2|A3|A9|B1|B9", message = "must be an IATI OtherIdentifierType: A1 the reporter's own, A2 CRS, A3 previous, A9 other activity identifier, B1 previous reporting organisation's, B9 other organisation's") String type,
            @OrganisationIdentifier @Schema(description = "the organisation that owns the identifier, when given") String ownerRef,
            @Size(max = 300) String ownerName) {
    }

    @Schema(name = "RelatedActivityInput")
    public record RelatedActivity(
            @NotBlank @Size(max = 250) @Pattern(regexp = "[^\\s]+", message = "must be an IATI activity identifier (no spaces)") String identifier,
            @NotNull @Pattern(regexp = "[1-5]", message = "must be an IATI RelatedActivityType: 1 parent, 2 child, 3 sibling, 4 co-funded, 5 third party") String type) {
    }

    @Schema(name = "ParticipantInput")
    public record Participant(
            @OrganisationIdentifier @Schema(description = "its IATI identifier, when it has one") String identifier,
            @NotBlank @Size(max = 300) String name,
            @NotNull @Pattern(regexp = "[1-4]", message = "must be an IATI OrganisationRole: 1 funding, 2 accountable, 3 extending, 4 implementing") String role,
            @Pattern(regexp = ORGANISATION_TYPES, message = "must be an IATI OrganisationType code (10, 11, 15, 21-24, 30, 40, 60, 70-73, 80, 90)")
            @Schema(description = "its IATI OrganisationType, when known (10 government, 21 international NGO, 40 multilateral, 80 academic …)", example = "40")
            String type) {

        /** IATI's OrganisationType codelist. */
        static final String ORGANISATION_TYPES = ActivityFinance.ORGANISATION_TYPES;

        public Participant(String identifier, String name, String role) {
            this(identifier, name, role, null);
        }
    }

    public record CountryShare(@NotNull @CountryCode String code,
            @DecimalMin("0") @DecimalMax("100") @Schema(description = "percent; may be left out for a single recipient") BigDecimal percentage) {
    }

    public record RegionShare(@NotNull @RegionCode String code, @DecimalMin("0") @DecimalMax("100") BigDecimal percentage) {
    }

    public record SectorShare(@NotNull @Pattern(regexp = "\\d{5}", message = "must be an OECD DAC 5-digit sector code") String code,
            @DecimalMin("0") @DecimalMax("100") BigDecimal percentage) {
    }

    @Schema(name = "BudgetInput")
    public record Budget(@NotNull @PositiveOrZero BigDecimal amount,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code") String currency,
            @NotNull LocalDate valueDate) {
    }

    /**
     * The same activity classified as the registry has it: a re-imported file without tags of the taxonomy keeps the
     * subtypes a coordinator gave it, and the instruments and articles when the file names none.
     */
    public ActivityRequest classifiedAs(List<String> subtypes, List<String> knownInstruments, List<String> knownArticles) {
        return new ActivityRequest(reportingOrganisation, localId, titles, descriptions, status, plannedStart,
                plannedEnd, actualStart, actualEnd, participants, recipientCountries, recipientRegions, sectors,
                List.copyOf(subtypes), instruments == null || instruments.isEmpty() ? List.copyOf(knownInstruments)
                        : instruments, articles == null || articles.isEmpty() ? List.copyOf(knownArticles) : articles,
                beneficiaryGroups, needIds, budget, relatedActivities, providerActivities, otherIdentifiers, documents,
                budgets, plannedDisbursements, transactions, results);
    }

    public String iatiIdentifier() {
        return reportingOrganisation + "-" + localId;
    }
}
