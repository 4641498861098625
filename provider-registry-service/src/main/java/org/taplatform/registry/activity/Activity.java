package org.taplatform.registry.activity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.taplatform.events.registry.ActivityFinance;
import org.taplatform.events.registry.ActivityResults;
import org.taplatform.events.registry.ActivitySnapshot;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A technical assistance activity, in IATI 2.03 terms plus the platform's taxonomy and the needs it answers. Its JSON
 * values are treated as immutable (replaced whole, never changed in place), which spares Hibernate a deep copy of each
 * one per entity: a bulk import is several times faster for it.
 */
@Entity
@Table(name = "activity")
public class Activity extends PanacheEntityBase {

    @Id
    public UUID id;
    public String iatiIdentifier;
    public String reportingOrganisation;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public Map<String, String> titles = new LinkedHashMap<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public Map<String, String> descriptions = new LinkedHashMap<>();
    public String status;
    public LocalDate plannedStart;
    public LocalDate plannedEnd;
    public LocalDate actualStart;
    public LocalDate actualEnd;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<ActivitySnapshot.Participant> participants = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<ActivitySnapshot.Recipient> recipientCountries = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<ActivitySnapshot.Recipient> recipientRegions = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> recipientCountryCodes = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<ActivitySnapshot.Sector> sectors = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> taSubtypes = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> instruments = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> articles = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> beneficiaryGroups = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<UUID> needIds = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<ActivitySnapshot.RelatedActivity> relatedActivities = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> providerActivities = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<ActivitySnapshot.OtherIdentifier> otherIdentifiers = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<ActivitySnapshot.DocumentLink> documents = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<ActivityFinance.PeriodBudget> budgets = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<ActivityFinance.PlannedDisbursement> plannedDisbursements = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<ActivityFinance.Transaction> transactions = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<ActivityResults.Result> results = new ArrayList<>();
    public BigDecimal budgetAmount;
    public String budgetCurrency;
    public LocalDate budgetValueDate;
    public Instant withdrawnAt;
    public String withdrawalReason;
    public String createdBy;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public int version;

    public static Optional<Activity> byIatiIdentifier(String identifier) {
        return find("iatiIdentifier", identifier).firstResultOptional();
    }

    public ActivitySnapshot snapshot() {
        return new ActivitySnapshot(id, iatiIdentifier, reportingOrganisation, Map.copyOf(titles),
                Map.copyOf(descriptions), status, plannedStart, plannedEnd, actualStart, actualEnd,
                List.copyOf(participants), List.copyOf(recipientCountries), List.copyOf(recipientRegions),
                List.copyOf(sectors), List.copyOf(taSubtypes), List.copyOf(instruments), List.copyOf(articles),
                List.copyOf(beneficiaryGroups), List.copyOf(needIds),
                budgetAmount == null ? null : new ActivitySnapshot.Budget(budgetAmount, budgetCurrency, budgetValueDate),
                List.copyOf(relatedActivities), List.copyOf(providerActivities), List.copyOf(otherIdentifiers),
                List.copyOf(documents), List.copyOf(budgets), List.copyOf(plannedDisbursements),
                List.copyOf(transactions), List.copyOf(results));
    }
}
