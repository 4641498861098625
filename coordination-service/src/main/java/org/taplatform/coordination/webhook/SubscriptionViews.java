package org.taplatform.coordination.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taplatform.coordination.webhook.model.NoticeKind;
import org.taplatform.reference.validation.CountryCode;
import org.taplatform.reference.validation.InstrumentCode;
import org.taplatform.reference.validation.RegionCode;
import org.taplatform.reference.validation.TaSubtypeCode;

/** Bodies of the subscriptions API. */
public final class SubscriptionViews {

    private SubscriptionViews() {
    }

    @Schema(name = "SubscriptionRequest", description = "What to be told of, and where. An empty list does not narrow.")
    public record Request(
            @NotBlank @Size(max = 2000) @Schema(description = "http(s) URL on a public address", examples = "https://donor.example.org/hooks/ta") String callbackUrl,
            @NotEmpty @Size(max = 4) @Schema(examples = "[\"NEED\", \"GAP\"]") List<@NotNull NoticeKind> kinds,
            @Size(max = 250) @Schema(examples = "[\"KEN\", \"UGA\"]") List<@NotNull @CountryCode String> countries,
            @Size(max = 50) @Schema(description = "M49 area codes", examples = "[\"014\"]") List<@NotNull @RegionCode String> regions,
            @Size(max = 4) @Schema(examples = "[\"UNTOC\"]") List<@NotNull @InstrumentCode String> instruments,
            @Size(max = 100) @Schema(examples = "[\"LEGAL.DRAFTING\"]") List<@NotNull @TaSubtypeCode String> taSubtypes,
            @Size(max = 500) @Schema(examples = "Needs in East Africa for our legal-drafting programme") String description) {
    }

    @Schema(name = "Subscription")
    public record View(@Schema(example = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f") UUID id, @Schema(example = "XI-IATI-NORLANDMFA") String organisation, @Schema(example = "https://partner.example.org/hooks/ta") String callbackUrl, List<String> kinds, List<String> countries,
            List<String> regions, List<String> instruments, List<String> taSubtypes, String description,
            boolean active, String createdBy, Instant createdAt) {

        static View of(Subscription s) {
            return new View(s.id, s.organisation, s.callbackUrl, List.of(s.kinds), List.of(s.countries),
                    List.of(s.regions), List.of(s.instruments), List.of(s.taSubtypes), s.description, s.active,
                    s.createdBy, s.createdAt);
        }
    }

    @Schema(name = "SubscriptionCreated", description = "The subscription and its signing secret, shown this once")
    public record Created(View subscription,
            @Schema(description = "Standard Webhooks secret (whsec_ + base64 key): verify webhook-signature with it", examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret) {
    }

    @Schema(name = "WebhookDelivery")
    public record Delivery(@Schema(example = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f") UUID id, @Schema(description = "webhook-id header: msg_<id>") String webhookId,
            String eventId, @Schema(example = "ta.coordination.need.notice.v1") String eventType,
            @Schema(enumeration = { "PENDING", "DELIVERED", "DEAD" }) String status, int attempts,
            Instant nextAttemptAt, Integer lastStatusCode, String lastError, Instant createdAt, Instant deliveredAt,
            List<Attempt> log) {

        static Delivery of(WebhookDelivery d, List<WebhookAttempt> attempts) {
            return new Delivery(d.id, "msg_" + d.id, d.eventId, d.eventType, d.status.name(), d.attempts,
                    d.nextAttemptAt, d.lastStatusCode, d.lastError, d.createdAt, d.deliveredAt,
                    attempts.stream().map(a -> new Attempt(a.attempt, a.at, a.statusCode, a.error, a.durationMs))
                            .toList());
        }
    }

    public record Attempt(int attempt, Instant at, Integer statusCode, String error, int durationMs) {
    }
}
