package org.taplatform.registry.capability;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Something an organisation can deliver: a TA subtype, for instruments, in some ways, somewhere. */
@Entity
@Table(name = "capability")
public class Capability extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID organisationId;
    public String taSubtype;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> instruments = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> deliveryModes = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> regions = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> countries = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> languages = new ArrayList<>();
    public String description;
    public Instant createdAt;
}
