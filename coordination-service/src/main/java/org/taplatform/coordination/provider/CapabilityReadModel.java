package org.taplatform.coordination.provider;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What an organisation says it can deliver (a copy of the registry's capabilities). */
@Entity
@Table(name = "capability_read_model")
public class CapabilityReadModel extends PanacheEntityBase {

    @Id
    public UUID id;
    public String organisation;
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
}
