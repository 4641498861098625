package org.taplatform.registry.authority;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An entry of the directory of competent national authorities. */
@Entity
@Table(name = "competent_authority")
public class CompetentAuthority extends PanacheEntityBase {

    @Id
    public UUID id;
    public String country;
    public String name;
    /** Designation codes; arrays, which Hibernate maps to PostgreSQL arrays by their type alone. */
    public String[] designations = {};
    public String[] languages = {};
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Channel> channels = new ArrayList<>();
    public String officeHours;
    public String timeZone;
    public LocalDate lastConfirmedOn;
    public Instant withdrawnAt;
    public String createdBy;
    public Instant createdAt;
    public String updatedBy;
    public Instant updatedAt;
    @Version
    public int version;
}
