package org.taplatform.registry.activity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One change of an activity in its audit history: who, when, what (field: before and after). */
@Entity
@Table(name = "activity_change")
public class ActivityChange extends PanacheEntityBase {

    @Schema(name = "ChangeAction")
    public enum Action { REGISTERED, UPDATED, CLASSIFIED, WITHDRAWN }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activity_change_seq")
    @jakarta.persistence.SequenceGenerator(name = "activity_change_seq", sequenceName = "activity_change_seq", allocationSize = 50)
    public Long id;
    public UUID activityId;
    public int version;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Action action;
    public String changedBy;
    public Instant changedAt;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public Map<String, Object> changes;
}
