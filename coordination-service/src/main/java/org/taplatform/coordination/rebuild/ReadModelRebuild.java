package org.taplatform.coordination.rebuild;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One rebuild of the read models: how far it got, and how the rebuilt state compared with the live one. */
@Entity
@Table(name = "read_model_rebuild")
public class ReadModelRebuild extends PanacheEntityBase {

    /** VERIFY rebuilds aside and compares; REPLACE also puts the rebuilt state in place. */
    public enum Mode { VERIFY, REPLACE }

    public enum Status { RUNNING, SUCCEEDED, FAILED }

    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    public Mode mode;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String requestedBy;
    public Instant createdAt;
    public Instant startedAt;
    public Instant finishedAt;
    public long totalEvents;
    public long appliedEvents;
    /** Rows that differ, per read-model table (live rows missing from the rebuild plus rebuilt rows missing live). */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Long> differences = new LinkedHashMap<>();
    /** A few differing rows per read model, each side's: how they differ. */
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
    public Map<String, java.util.List<String>> differenceSamples = new LinkedHashMap<>();
    public String error;
}
