package org.taplatform.coordination.provider;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** coordination-service's copy of a TA activity: what coverage and overlap detection compare. */
@Entity
@Table(name = "activity_read_model")
public class ActivityReadModel extends PanacheEntityBase {

    @Id
    public UUID id;
    public String iatiIdentifier;
    public String reportingOrganisation;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> participants = new ArrayList<>();
    public String status;
    public LocalDate plannedStart;
    public LocalDate plannedEnd;
    public LocalDate actualStart;
    public LocalDate actualEnd;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> recipientCountries = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> recipientRegions = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> taSubtypes = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> instruments = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> beneficiaryGroups = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<UUID> needIds = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> titles = new LinkedHashMap<>();
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> descriptions = new LinkedHashMap<>();
    public int version;
    public boolean withdrawn;
}
