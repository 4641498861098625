package org.taplatform.coordination.webhook;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.taplatform.coordination.webhook.model.NoticeKind;
import org.taplatform.coordination.webhook.model.SubscriptionFilter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A subscriber's wish to be told, by webhook, of some notices. It belongs to an organisation (anyone of it manages
 * it) or, made by a coordinator without one, to the coordinators; {@code roles} are its maker's, against which the
 * States' consent is checked for every need it would be told of. The secret signs its deliveries.
 */
@Entity
@Table(name = "subscription")
public class Subscription extends PanacheEntityBase {

    @Id
    public UUID id;
    public String organisation;
    public String[] roles = {};
    public String callbackUrl;
    public String secret;
    public String description;
    public String[] kinds = {};
    public String[] countries = {};
    public String[] regions = {};
    public String[] instruments = {};
    public String[] taSubtypes = {};
    public boolean active;
    public String createdBy;
    public Instant createdAt;

    public SubscriptionFilter filter() {
        return new SubscriptionFilter(Arrays.stream(kinds).map(NoticeKind::valueOf).collect(Collectors.toSet()),
                Set.of(countries), Set.of(regions), Set.of(instruments), Set.of(taSubtypes));
    }

    public Set<String> roleSet() {
        return Set.of(roles);
    }

    public boolean isCoordinators() {
        return roleSet().contains(org.taplatform.reference.security.Roles.COORDINATOR);
    }
}
