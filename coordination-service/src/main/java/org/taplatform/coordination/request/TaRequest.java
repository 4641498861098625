package org.taplatform.coordination.request;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.taplatform.coordination.request.model.RequestStatus;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A State's request for technical assistance with some of its needs. {@code forwardedTo} lists the organisations the
 * coordinator sent it to (they may offer); {@code activityIdentifier} is the IATI identifier the accepted offer's
 * activity gets in the registry. {@code version} is the ETag.
 */
@Entity
@Table(name = "ta_request")
public class TaRequest extends PanacheEntityBase {

    @Id
    public UUID id;
    public String country;
    public UUID[] needIds = {};
    public String summary;
    @Enumerated(EnumType.STRING)
    public RequestStatus status;
    public String[] forwardedTo = {};
    public UUID acceptedOfferId;
    public String activityIdentifier;
    public UUID activityId;
    public String reason;
    public String requestedBy;
    public Instant createdAt;
    public Instant updatedAt;
    public int version;

    public boolean isForwardedTo(String organisation) {
        return java.util.Arrays.asList(forwardedTo).contains(organisation);
    }
}
