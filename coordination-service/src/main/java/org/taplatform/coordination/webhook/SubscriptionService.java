package org.taplatform.coordination.webhook;

import org.taplatform.reference.paging.KeysetQuery;
import org.taplatform.reference.paging.Page;
import org.taplatform.reference.paging.PageParameters;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;

import org.taplatform.reference.problem.Problem;
import org.taplatform.reference.problem.ProblemException;
import org.taplatform.reference.security.Caller;

/**
 * Subscriptions and their delivery logs. A subscription belongs to its maker's organisation (the token's
 * {@code organisation} claim; without one only a coordinator may subscribe, for the coordinators); anyone of that
 * organisation manages it and reads its log; other subscriptions are 404.
 */
@ApplicationScoped
public class SubscriptionService {

    /** Active subscriptions per organisation: enough for any real use, and a bound on the work of every event. */
    static final int MAX_ACTIVE = 20;

    private final WebhookTargetGuard guard;

    SubscriptionService(WebhookTargetGuard guard) {
        this.guard = guard;
    }

    @Transactional
    public SubscriptionViews.Created subscribe(SubscriptionViews.Request request, Caller caller) {
        String organisation = caller.organisation().orElse(null);
        if (organisation == null && !caller.isCoordinator()) {
            throw new ForbiddenException("A subscription belongs to an organisation: the token has no organisation claim");
        }
        String refusal = guard.refusal(request.callbackUrl());
        if (refusal != null) {
            throw ProblemException.invalid("The callback URL cannot be a webhook target; nothing was changed",
                    List.of(new Problem.Violation("callbackUrl", "body", refusal)));
        }
        long active = organisation == null ? Subscription.count("organisation is null and active = true")
                : Subscription.count("organisation = ?1 and active = true", organisation);
        if (active >= MAX_ACTIVE) {
            throw ProblemException.conflict((organisation == null ? "The coordinators" : organisation) + " has "
                    + MAX_ACTIVE + " active subscriptions: end one first");
        }
        Subscription subscription = new Subscription();
        subscription.id = UUID.randomUUID();
        subscription.organisation = organisation;
        subscription.roles = caller.roles().toArray(String[]::new);
        subscription.callbackUrl = request.callbackUrl();
        subscription.secret = WebhookSignature.newSecret();
        subscription.description = request.description();
        subscription.kinds = request.kinds().stream().map(Enum::name).distinct().toArray(String[]::new);
        subscription.countries = orEmpty(request.countries());
        subscription.regions = orEmpty(request.regions());
        subscription.instruments = orEmpty(request.instruments());
        subscription.taSubtypes = orEmpty(request.taSubtypes());
        subscription.active = true;
        subscription.createdBy = caller.name();
        subscription.createdAt = Instant.now();
        subscription.persist();
        return new SubscriptionViews.Created(SubscriptionViews.View.of(subscription), subscription.secret);
    }

    @Transactional
    public Page<SubscriptionViews.View> list(Caller caller, PageParameters page) {
        KeysetQuery<Subscription> subscriptions = KeysetQuery.of(Subscription.getEntityManager(), Subscription.class,
                        "subscriptions")
                .orderBy("createdAt", subscription -> subscription.createdAt, Instant::parse)
                .orderBy("id", subscription -> subscription.id, UUID::fromString)
                .descending()
                .changedAt("createdAt");
        if (!caller.isCoordinator()) {
            subscriptions.where("organisation = :organisation", "organisation", caller.organisation().orElse("(none)"));
        }
        return subscriptions.page(page, SubscriptionViews.View::of);
    }

    @Transactional
    public Optional<SubscriptionViews.View> find(UUID id, Caller caller) {
        return owned(id, caller).map(SubscriptionViews.View::of);
    }

    /** Ends the subscription: nothing more is queued or sent for it; its log stays readable. */
    @Transactional
    public void end(UUID id, Caller caller) {
        owned(id, caller).orElseThrow(() -> notFound(id)).active = false;
    }

    @Transactional
    public Page<SubscriptionViews.Delivery> deliveries(UUID id, WebhookDelivery.Status status, PageParameters page,
            Caller caller) {
        owned(id, caller).orElseThrow(() -> notFound(id));
        Page<WebhookDelivery> found = KeysetQuery.of(WebhookDelivery.getEntityManager(), WebhookDelivery.class,
                        "deliveries " + id)
                .where("subscriptionId = :subscription", "subscription", id)
                .where("status = :status", "status", status)
                .orderBy("createdAt", delivery -> delivery.createdAt, Instant::parse)
                .orderBy("id", delivery -> delivery.id, UUID::fromString)
                .descending()
                .changedAt("createdAt", "deliveredAt")
                .page(page, delivery -> delivery);
        List<WebhookDelivery> deliveries = found.items();
        Map<UUID, List<WebhookAttempt>> attempts = deliveries.isEmpty() ? Map.of()
                : WebhookAttempt.<WebhookAttempt>list("deliveryId in ?1 order by id",
                        deliveries.stream().map(d -> d.id).toList()).stream()
                        .collect(Collectors.groupingBy(a -> a.deliveryId));
        return new Page<>(deliveries.stream()
                .map(d -> SubscriptionViews.Delivery.of(d, attempts.getOrDefault(d.id, List.of()))).toList(),
                found.next(), found.asOf());
    }

    /** Sends a dead letter again, with a fresh set of attempts. */
    @Transactional
    public SubscriptionViews.Delivery redeliver(UUID id, UUID deliveryId, Caller caller) {
        Subscription subscription = owned(id, caller).orElseThrow(() -> notFound(id));
        WebhookDelivery delivery = WebhookDelivery.<WebhookDelivery>findByIdOptional(deliveryId)
                .filter(d -> d.subscriptionId.equals(id))
                .orElseThrow(() -> ProblemException.notFound("No delivery " + deliveryId + " of subscription " + id));
        if (delivery.status != WebhookDelivery.Status.DEAD) {
            throw ProblemException.conflict("Only a dead-lettered delivery is sent again; this one is "
                    + delivery.status);
        }
        if (!subscription.active) {
            throw ProblemException.conflict("The subscription has ended");
        }
        delivery.status = WebhookDelivery.Status.PENDING;
        delivery.attempts = 0;
        delivery.nextAttemptAt = Instant.now();
        return SubscriptionViews.Delivery.of(delivery, WebhookAttempt.list("deliveryId = ?1 order by id", delivery.id));
    }

    private static Optional<Subscription> owned(UUID id, Caller caller) {
        return Subscription.<Subscription>findByIdOptional(id).filter(s -> caller.isCoordinator()
                || s.organisation != null && caller.organisation().map(s.organisation::equals).orElse(false));
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("No subscription " + id);
    }

    private static String[] orEmpty(List<String> values) {
        return values == null ? new String[0] : values.stream().distinct().toArray(String[]::new);
    }
}
