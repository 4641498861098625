package org.taplatform.coordination.knowledge;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** coordination-service's copy of a TA tool of the registry's catalogue. */
@Entity
@Table(name = "tool_read_model")
public class ToolReadModel extends PanacheEntityBase {

    @Id
    public UUID id;
    public String publisher;
    public String kind;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> titles = new LinkedHashMap<>();
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> links = new LinkedHashMap<>();
    public String[] taSubtypes = {};
    public String[] instruments = {};
    public String[] articles = {};
    public boolean withdrawn;
    public int version;
}
