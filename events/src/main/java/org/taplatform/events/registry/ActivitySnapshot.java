package org.taplatform.events.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
        List<DocumentLink> documents) {

    /** Events written before the activities' links (or other identifiers) were carried have none. */
    public ActivitySnapshot {
        relatedActivities = relatedActivities == null ? List.of() : relatedActivities;
        providerActivities = providerActivities == null ? List.of() : providerActivities;
        otherIdentifiers = otherIdentifiers == null ? List.of() : otherIdentifiers;
        documents = documents == null ? List.of() : documents;
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
                instruments, articles, beneficiaryGroups, needIds, budget, List.of(), List.of(), List.of(), List.of());
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
     * A document about the activity (IATI document-link): where it is, its MIME type, its title by language, its IATI
     * DocumentCategory codes (A01 pre- and post-project impact appraisal … B18), the languages it is in, its date.
     */
    public record DocumentLink(String url, String format, Map<String, String> titles, List<String> categories,
            List<String> languages, LocalDate date) {
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
