package org.taplatform.coordination.matching;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An organisation coordination proposed for a need; kept so that each is proposed once. */
@Entity
@Table(name = "match_proposal")
@IdClass(MatchProposal.Key.class)
public class MatchProposal extends PanacheEntityBase {

    public record Key(UUID needId, String organisation) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    public UUID needId;
    @Id
    public String organisation;
    public double score;
    public Instant proposedAt;
}
