package org.taplatform.coordination.provider;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** coordination-service's copy of a registered organisation: where it works, in which languages. */
@Entity
@Table(name = "organisation_read_model")
public class OrganisationReadModel extends PanacheEntityBase {

    @Id
    public String identifier;
    public String kind;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> names = new LinkedHashMap<>();
    public String[] countries = {};
    public String[] regions = {};
    public String[] languages = {};
    /** VERIFIED once a coordinator checked in the registry that it is who it says. */
    public String verification = "UNVERIFIED";
    /** The organisation it duplicates, once merged in the registry: it is no longer matched. */
    public String mergedInto;
    public String lastEventId;
}
