package org.taplatform.coordination.provider;

import java.util.ArrayList;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;


import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What an organisation says it can deliver (a copy of the registry's capabilities). */
@Entity
@Table(name = "capability_read_model")
public class CapabilityReadModel extends PanacheEntityBase {

    @Id
    public UUID id;
    public String organisation;
    public String taSubtype;
    public String[] instruments = {};
    public String[] deliveryModes = {};
    public String[] regions = {};
    public String[] countries = {};
    public String[] languages = {};

    /** The TA subtypes some registered organisation can deliver: one query for a whole report. */
    public static java.util.Set<String> deliverableSubtypes() {
        return java.util.Set.copyOf(getEntityManager()
                .createQuery("select distinct c.taSubtype from CapabilityReadModel c", String.class).getResultList());
    }
}
