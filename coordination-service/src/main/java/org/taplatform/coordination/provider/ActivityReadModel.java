package org.taplatform.coordination.provider;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * coordination-service's copy of a TA activity: what coverage and overlap detection compare. Its lists are Java arrays,
 * which Hibernate maps to PostgreSQL arrays by their type alone: as {@code List}s with a type hint they were bound as
 * JSON in some clean builds (the read models here all use arrays for that reason).
 */
@Entity
@Table(name = "activity_read_model")
public class ActivityReadModel extends PanacheEntityBase {

    @Id
    public UUID id;
    public String iatiIdentifier;
    public String reportingOrganisation;
    public String[] participants = {};
    public String status;
    public LocalDate plannedStart;
    public LocalDate plannedEnd;
    public LocalDate actualStart;
    public LocalDate actualEnd;
    public String[] recipientCountries = {};
    public String[] recipientRegions = {};
    public String[] taSubtypes = {};
    public String[] instruments = {};
    public String[] beneficiaryGroups = {};
    public UUID[] needIds = {};
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> titles = new LinkedHashMap<>();
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> descriptions = new LinkedHashMap<>();
    /** Analysed terms of titles and descriptions by language (null for rows written before they were stored). */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, java.util.List<String>> terms;
    /** The analysed terms of the titles alone, by language: titles name the subject, templates aside. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, java.util.List<String>> titleTerms;
    /** Each participating organisation with its IATI role, as {@code <role>:<identifier>} (1 funding ... 4 implementing). */
    public String[] participations = {};
    /** IATI identifiers of the activities it names: related activities and the funders' activities of its incoming funds. */
    public String[] linkedActivities = {};
    /** When coordination announced it overdue for an update; cleared by its next change (it may be announced again). */
    public java.time.Instant overdueAnnouncedAt;
    /** When the row last changed: stamped by the database (a trigger), read only here. */
    @jakarta.persistence.Column(insertable = false, updatable = false)
    public java.time.Instant changedAt;
    /** Its money as its transactions report it (committed and paid by currency) and its countries' shares. */
    @JdbcTypeCode(SqlTypes.JSON)
    public org.taplatform.coordination.funding.model.ActivityMoney funding =
            org.taplatform.coordination.funding.model.ActivityMoney.NONE;
    public java.math.BigDecimal budgetAmount;
    public String budgetCurrency;
    public int version;
    public boolean withdrawn;
    /** Set when an overlap alert merged this activity into another as the same activity reported twice. */
    public UUID duplicateOf;
}
