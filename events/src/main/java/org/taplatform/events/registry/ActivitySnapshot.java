package org.taplatform.events.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A TA activity as the registry holds it, in IATI 2.03 terms plus the platform's taxonomy: what every activity event
 * carries, so that coordination can match and compare activities without asking the registry.
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
        Budget budget) {

    /** A participating organisation and its IATI role (1 funding, 2 accountable, 3 extending, 4 implementing). */
    public record Participant(String identifier, String name, String role) {
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
