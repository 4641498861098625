package org.taplatform.registry.organisation;

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

/**
 * A person to contact at an organisation: personal data. Shown to authenticated users of the platform only, never in
 * events or IATI files; erased on request, keeping only who erased it, when and why.
 */
@Entity
@Table(name = "contact_point")
public class ContactPoint extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID organisationId;
    public String name;
    public String position;
    public String email;
    public String phone;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> languages = new ArrayList<>();
    public Instant erasedAt;
    public String erasedBy;
    public String erasureReason;
    public Instant createdAt;

    void erase(String by, String reason) {
        name = null;
        position = null;
        email = null;
        phone = null;
        languages = new ArrayList<>();
        erasedAt = Instant.now();
        erasedBy = by;
        erasureReason = reason;
    }
}
