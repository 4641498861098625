package org.taplatform.events.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taplatform.reference.validation.LanguageTag;

/**
 * A TA activity as the registry holds it, in IATI 2.03 terms plus the platform's taxonomy: what every activity event
 * carries, so that coordination can match and compare activities without asking the registry. {@code providerActivities}:
 * the IATI identifiers of the funders' activities its incoming funds come from (IATI transaction
 * {@code provider-org/@provider-activity-id}), which, like related activities, tell one money flow reported twice from
 * duplicated work.
 */
public record ActivitySnapshot(
        UUID activityId,
        String iatiIdentifier,
        String reportingOrganisation,
        Map<String, String> titles,
        Map<String, String> descriptions,
        String status,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        LocalDate actualStart,
        LocalDate actualEnd,
        List<Participant> participants,
        List<Recipient> recipientCountries,
        List<Recipient> recipientRegions,
        List<Sector> sectors,
        List<String> taSubtypes,
        List<String> instruments,
        List<String> articles,
        List<String> beneficiaryGroups,
        List<UUID> needIds,
        Budget budget,
        List<RelatedActivity> relatedActivities,
        List<String> providerActivities,
        List<OtherIdentifier> otherIdentifiers,
        List<DocumentLink> documents,
        List<ActivityFinance.PeriodBudget> budgets,
        List<ActivityFinance.PlannedDisbursement> plannedDisbursements,
        List<ActivityFinance.Transaction> transactions,
        List<ActivityResults.Result> results) {

    /** Events written before the activities' links, other identifiers, documents, money or results were carried have none. */
    public ActivitySnapshot {
        relatedActivities = relatedActivities == null ? List.of() : relatedActivities;
        providerActivities = providerActivities == null ? List.of() : providerActivities;
        otherIdentifiers = otherIdentifiers == null ? List.of() : otherIdentifiers;
        documents = documents == null ? List.of() : documents;
        budgets = budgets == null ? List.of() : budgets;
        plannedDisbursements = plannedDisbursements == null ? List.of() : plannedDisbursements;
        transactions = transactions == null ? List.of() : transactions;
        results = results == null ? List.of() : results;
    }

    /** An activity without links to others. */
    public ActivitySnapshot(UUID activityId, String iatiIdentifier, String reportingOrganisation,
            Map<String, String> titles, Map<String, String> descriptions, String status, LocalDate plannedStart,
            LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd, List<Participant> participants,
            List<Recipient> recipientCountries, List<Recipient> recipientRegions, List<Sector> sectors,
            List<String> taSubtypes, List<String> instruments, List<String> articles, List<String> beneficiaryGroups,
            List<UUID> needIds, Budget budget) {
        this(activityId, iatiIdentifier, reportingOrganisation, titles, descriptions, status, plannedStart, plannedEnd,
                actualStart, actualEnd, participants, recipientCountries, recipientRegions, sectors, taSubtypes,
                instruments, articles, beneficiaryGroups, needIds, budget, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
    }

    /**
     * Another activity this one names (IATI related-activity), by its IATI identifier and IATI RelatedActivityType:
     * 1 parent, 2 child, 3 sibling, 4 co-funded, 5 third party.
     */
    public record RelatedActivity(String identifier, String type) {
    }

    /**
     * A participating organisation, its IATI role (1 funding, 2 accountable, 3 extending, 4 implementing) and, when
     * the publisher gave it, its IATI OrganisationType (10 government … 90 other).
     */
    public record Participant(String identifier, String name, String role, String type) {

        public Participant(String identifier, String name, String role) {
            this(identifier, name, role, null);
        }
    }

    /**
     * Another identifier of the activity (IATI other-identifier): its reference, its IATI OtherIdentifierType (A1 the
     * reporter's internal identifier, A2 CRS, A3 a previous identifier, A9 other, B1 the previous reporting
     * organisation's, B9 another organisation's) and the organisation that owns it, when given.
     */
    public record OtherIdentifier(String ref, String type, String ownerRef, String ownerName) {
    }

    /**
     * A document about the activity (IATI document-link): where it is, its MIME type, its title and description by
     * language, its IATI DocumentCategory codes (A01 pre- and post-project impact appraisal … B18), the languages it is
     * in, its date. What a registration accepts, hence the constraints.
     */
    public record DocumentLink(
            @NotBlank @Size(max = 2000) @Pattern(regexp = DocumentLink.URL, message = "must be an http(s) URL") @Schema(example = "https://www.unodc.org/documents/evaluation/KEN-MLA-2026.pdf") String url,
            @NotBlank @Size(max = 100) @Pattern(regexp = DocumentLink.MIME_TYPE, message = "must be a MIME type, such as application/pdf") @Schema(example = "application/pdf") String format,
            @NotEmpty @Size(max = 20) Map<@NotNull @LanguageTag String, @NotBlank @Size(max = 500) String> titles,
            @Size(max = 20) Map<@NotNull @LanguageTag String, @NotBlank @Size(max = 4000) String> descriptions,
            @NotEmpty @Size(max = 10) List<@NotNull @Pattern(regexp = "[AB][0-9]{2}", message = "must be an IATI DocumentCategory code, such as A01 or B02") String> categories,
            @Size(max = 6) List<@NotNull @LanguageTag String> languages,
            LocalDate date) {

        /** What a link and its format must look like: an IATI import leaves out a document-link that does not. */
        public static final String URL = "https?://\\S+";
        public static final String MIME_TYPE = "[a-z]+/[A-Za-z0-9.+-]+";

        /** Documents recorded before their descriptions were kept have none. */
        public DocumentLink {
            descriptions = descriptions == null ? Map.of() : descriptions;
            languages = languages == null ? List.of() : languages;
        }
    }

    /** A recipient country (ISO3) or region (UN M49) and its share of the activity in percent. */
    public record Recipient(String code, BigDecimal percentage) {
    }

    /** An OECD DAC 5-digit sector and its share in percent. */
    public record Sector(String code, BigDecimal percentage) {
    }

    public record Budget(BigDecimal amount, String currency, LocalDate valueDate) {
    }
}
