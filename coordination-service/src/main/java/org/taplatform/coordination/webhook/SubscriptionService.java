package org.taplatform.coordination.webhook;

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
    public List<SubscriptionViews.View> list(Caller caller) {
        List<Subscription> subscriptions = caller.isCoordinator()
                ? Subscription.list("order by createdAt desc")
                : Subscription.list("organisation = ?1 order by createdAt desc", caller.organisation().orElse("(none)"));
        return subscriptions.stream().map(SubscriptionViews.View::of).toList();
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
    public List<SubscriptionViews.Delivery> deliveries(UUID id, WebhookDelivery.Status status, int limit,
            Caller caller) {
        owned(id, caller).orElseThrow(() -> notFound(id));
        List<WebhookDelivery> deliveries = status == null
                ? WebhookDelivery.find("subscriptionId = ?1 order by createdAt desc, id", id).page(0, limit).list()
                : WebhookDelivery.find("subscriptionId = ?1 and status = ?2 order by createdAt desc, id", id, status)
                        .page(0, limit).list();
        Map<UUID, List<WebhookAttempt>> attempts = deliveries.isEmpty() ? Map.of()
                : WebhookAttempt.<WebhookAttempt>list("deliveryId in ?1 order by id",
                        deliveries.stream().map(d -> d.id).toList()).stream()
                        .collect(Collectors.groupingBy(a -> a.deliveryId));
        return deliveries.stream().map(d -> SubscriptionViews.Delivery.of(d, attempts.getOrDefault(d.id, List.of())))
                .toList();
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
