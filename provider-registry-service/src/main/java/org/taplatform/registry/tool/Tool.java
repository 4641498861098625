package org.taplatform.registry.tool;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A TA tool of the catalogue. */
@Entity
@Table(name = "ta_tool")
public class Tool extends PanacheEntityBase {

    @Id
    public UUID id;
    public String publisher;
    @Enumerated(EnumType.STRING)
    public ToolKind kind;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> titles = new LinkedHashMap<>();
    /** Where each language version is: language tag to URL. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> links = new LinkedHashMap<>();
    public String[] taSubtypes = {};
    public String[] instruments = {};
    public String[] articles = {};
    public String[] audiences = {};
    public LocalDate publishedOn;
    public Instant withdrawnAt;
    public String createdBy;
    public Instant createdAt;
    public String updatedBy;
    public Instant updatedAt;
    @Version
    public int version;
}
