package org.taplatform.coordination.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.taplatform.coordination.webhook.model.RetrySchedule;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends due deliveries. A run claims a batch (row locks, skipping those another run holds, and a lease of twice the
 * timeout so a crash mid-send only delays them), posts each outside any transaction, and records the attempt: 2xx is
 * DELIVERED; anything else (a status, a timeout, a refused target) is tried again on the {@link RetrySchedule},
 * and dead-lettered after the last attempt.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private final WebhookSettings settings;
    private final WebhookTargetGuard guard;
    private final RetrySchedule schedule;
    private final HttpClient http;

    WebhookDispatcher(WebhookSettings settings, WebhookTargetGuard guard) {
        this.settings = settings;
        this.guard = guard;
        this.schedule = new RetrySchedule(settings.backoffBase(), settings.backoffMax(), settings.maxAttempts());
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private record Claimed(UUID id, String url, String secret, String payload, int attempts) {
    }

    @Scheduled(identity = "webhook-dispatcher", every = "${coordination.webhooks.dispatch-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            // not while the application stops: its persistence unit may be closed already
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void dispatchDue() {
        try {
            List<Claimed> batch;
            do {
                batch = claim();
                batch.forEach(this::send);
            } while (batch.size() == settings.batchSize());
        } catch (RuntimeException e) {
            Log.warnf("Webhook dispatch run failed; due deliveries wait for the next run: %s", e.toString());
        }
    }

    private List<Claimed> claim() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = WebhookDelivery.getEntityManager().createNativeQuery("""
                    select d.id, s.callback_url, s.secret, d.payload, d.attempts
                    from webhook_delivery d join subscription s on s.id = d.subscription_id
                    where d.status = 'PENDING' and s.active and d.next_attempt_at <= now()
                    order by d.next_attempt_at limit ?1 for update of d skip locked
                    """).setParameter(1, settings.batchSize()).getResultList();
            List<Claimed> claimed = rows.stream().map(r -> new Claimed((UUID) r[0], (String) r[1], (String) r[2],
                    (String) r[3], ((Number) r[4]).intValue())).toList();
            if (!claimed.isEmpty()) {
                WebhookDelivery.update("nextAttemptAt = ?1 where id in ?2",
                        Instant.now().plus(settings.timeout().multipliedBy(2)),
                        claimed.stream().map(Claimed::id).toList());
            }
            return claimed;
        });
    }

    private void send(Claimed delivery) {
        long started = System.nanoTime();
        Integer status = null;
        String error = guard.refusal(delivery.url());
        if (error == null) {
            long timestamp = Instant.now().getEpochSecond();
            String id = "msg_" + delivery.id();
            HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url())).timeout(settings.timeout())
                    .header("content-type", "application/json").header("user-agent", "ta-platform-webhooks/1")
                    .header("webhook-id", id).header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignature.sign(delivery.secret(), id, timestamp, delivery.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload())).build();
            try {
                status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status < 200 || status > 299) {
                    error = "the receiver answered " + status;
                }
            } catch (java.io.IOException e) {
                error = failureOf(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                error = "interrupted";
            }
        } else {
            error = "target refused: " + error;
        }
        record(delivery, status, error, (int) Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    /**
     * What the delivery log says about a failed connection: its kind, never the exception's own words (which name
     * addresses, ports and the platform's internals, and would let a subscriber probe what it can reach).
     */
    static String failureOf(java.io.IOException failure) {
        if (failure instanceof java.net.http.HttpConnectTimeoutException) {
            return "could not connect in time";
        }
        if (failure instanceof java.net.http.HttpTimeoutException) {
            return "the receiver did not answer in time";
        }
        if (failure instanceof java.net.ConnectException) {
            return "could not connect";
        }
        if (failure instanceof javax.net.ssl.SSLException) {
            return "the TLS handshake failed";
        }
        return "the connection failed";
    }

    private void record(Claimed claimed, Integer status, String error, int durationMs) {
        QuarkusTransaction.requiringNew().run(() -> {
            WebhookDelivery delivery = WebhookDelivery.findById(claimed.id());
            Instant now = Instant.now();
            delivery.attempts++;
            delivery.lastStatusCode = status;
            delivery.lastError = error == null ? null : truncate(error);
            WebhookAttempt attempt = new WebhookAttempt();
            attempt.deliveryId = delivery.id;
            attempt.attempt = delivery.attempts;
            attempt.at = now;
            attempt.statusCode = status;
            attempt.error = delivery.lastError;
            attempt.durationMs = durationMs;
            attempt.persist();
            if (error == null) {
                delivery.status = WebhookDelivery.Status.DELIVERED;
                delivery.deliveredAt = now;
                delivery.nextAttemptAt = null;
                return;
            }
            Optional<Duration> wait = schedule.after(delivery.attempts);
            if (wait.isPresent()) {
                delivery.nextAttemptAt = now.plus(wait.get());
            } else {
                delivery.status = WebhookDelivery.Status.DEAD;
                delivery.nextAttemptAt = null;
                Log.warnf("Webhook delivery %s dead-lettered after %d attempts: %s", delivery.id, delivery.attempts,
                        error);
            }
        });
    }

    private static String truncate(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 2000);
    }
}
