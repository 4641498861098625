package org.taplatform.coordination.webhook;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.taplatform.coordination.need.NeedReadModel;
import org.taplatform.coordination.overlap.AlertVisibility;
import org.taplatform.coordination.overlap.OverlapAlert;
import org.taplatform.coordination.provider.ActivityReadModel;
import org.taplatform.coordination.webhook.model.Notice;
import org.taplatform.coordination.webhook.model.NoticeKind;
import org.taplatform.events.SharingConsent;
import org.taplatform.events.inbox.Inbox;
import org.taplatform.events.inbox.IncomingEvent;
import org.taplatform.events.inbox.PoisonMessageException;
import org.taplatform.events.inbox.PollApplier;
import org.taplatform.reference.ReferenceData;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Turns the platform's events into webhook deliveries: needs from {@code ta.needs}, and coverage, overlap alerts and
 * requests from coordination's own {@code ta.coordination.events}, read by a consumer group of their own
 * ({@code coordination-service-webhooks}), so that notifying never delays the read models. Each event is fanned out
 * once (the inbox; a delivery is unique per subscription and event), to the active subscriptions whose filter it
 * matches and whose maker may see it: the State's consent for needs, involvement for alerts and requests.
 */
@ApplicationScoped
public class WebhookFanOut {

    static final String NEEDS = "coordination-service/webhooks-needs";
    static final String COORDINATION = "coordination-service/webhooks-coordination";

    private final Inbox inbox;
    private final PollApplier polls;
    private final ObjectMapper json;
    private final AlertVisibility visibility;

    WebhookFanOut(Inbox inbox, PollApplier polls, ObjectMapper json, AlertVisibility visibility) {
        this.inbox = inbox;
        this.polls = polls;
        this.json = json;
        this.visibility = visibility;
    }

    @Incoming("webhook-needs")
    @Blocking
    public CompletionStage<Void> onNeedEvents(KafkaRecordBatch<String, String> poll) {
        return fanOutOnce(NEEDS, poll);
    }

    @Incoming("webhook-coordination")
    @Blocking
    public CompletionStage<Void> onCoordinationEvents(KafkaRecordBatch<String, String> poll) {
        return fanOutOnce(COORDINATION, poll);
    }

    /**
     * Most events concern no subscription (match proposals, accepted offers) or arrive while nobody subscribes: a poll
     * of those costs no transaction, or one that lists the subscriptions once, and no write and no inbox row; this kept
     * the fan-out from competing with the read models' own consumers at 50 needs a second. The others are fanned out
     * once each, a poll in one transaction.
     */
    private CompletionStage<Void> fanOutOnce(String consumer, KafkaRecordBatch<String, String> poll) {
        if (poll.getRecords().stream().noneMatch(WebhookFanOut::mayConcernSubscriptions)) {
            return poll.ack();
        }
        return polls.apply(consumer, poll, records -> {
            List<ConsumerRecord<String, String>> notices = records.stream()
                    .filter(record -> mayConcernSubscriptions(Inbox.eventType(record))).toList();
            if (notices.isEmpty()) {
                return;
            }
            List<Subscription> active = Subscription.list("active", true);
            if (!active.isEmpty()) {
                notices.forEach(record -> inbox.applyOnce(consumer, record, event -> fanOut(event, active)));
            }
        });
    }

    private static boolean mayConcernSubscriptions(KafkaRecord<String, String> record) {
        return mayConcernSubscriptions(Inbox.eventType(record.getHeaders()));
    }

    /** A record without a type may concern them: the inbox refuses it (to the dead-letter topic). */
    private static boolean mayConcernSubscriptions(String type) {
        return type == null || kindOf(type).isPresent();
    }

    void fanOut(IncomingEvent event, List<Subscription> active) {
        Optional<NoticeKind> kind = kindOf(event.type());
        if (kind.isEmpty()) {
            return;
        }
        JsonNode data = parse(event);
        Optional<OverlapAlert> alert = kind.get() == NoticeKind.OVERLAP ? alertOf(data) : Optional.empty();
        Notice notice = notice(kind.get(), data, alert);
        String body = null;
        for (Subscription subscription : active) {
            if (!subscription.filter().matches(notice) || !mayKnow(subscription, kind.get(), data, alert)) {
                continue;
            }
            if (body == null) {
                body = body(event, data);
            }
            WebhookDelivery delivery = new WebhookDelivery();
            delivery.id = UUID.randomUUID();
            delivery.subscriptionId = subscription.id;
            delivery.eventId = event.id();
            delivery.eventType = event.type();
            delivery.payload = body;
            delivery.status = WebhookDelivery.Status.PENDING;
            delivery.createdAt = Instant.now();
            delivery.nextAttemptAt = delivery.createdAt;
            delivery.persist();
        }
    }

    static Optional<NoticeKind> kindOf(String type) {
        if (type.startsWith("ta.needs.need.")) {
            return Optional.of(NoticeKind.NEED);
        }
        if (type.equals("ta.coordination.need.status-changed.v1")) {
            return Optional.of(NoticeKind.GAP);
        }
        if (type.startsWith("ta.coordination.overlap.")) {
            return Optional.of(NoticeKind.OVERLAP);
        }
        if (type.equals("ta.coordination.request.changed.v1") || type.equals("ta.coordination.offer.changed.v1")) {
            return Optional.of(NoticeKind.REQUEST);
        }
        return Optional.empty(); // e.g. the accepted offer's instruction to the registry
    }

    private static Notice notice(NoticeKind kind, JsonNode data, Optional<OverlapAlert> alert) {
        Set<String> countries = new HashSet<>();
        if (data.hasNonNull("country")) {
            countries.add(data.get("country").asText());
        }
        data.path("countries").forEach(country -> countries.add(country.asText()));
        Set<String> instruments = new HashSet<>();
        Set<String> subtypes = new HashSet<>();
        if (data.hasNonNull("instrument")) {
            instruments.add(data.get("instrument").asText());
        }
        if (data.hasNonNull("taSubtype")) {
            subtypes.add(data.get("taSubtype").asText());
        }
        for (NeedReadModel need : needsOf(data)) {
            instruments.add(need.instrument);
            subtypes.add(need.taSubtype);
        }
        if (kind == NoticeKind.OVERLAP) {
            alert.ifPresent(found -> ActivityReadModel.<ActivityReadModel>list("id in ?1",
                    List.of(found.activityId, found.otherActivityId)).forEach(a -> {
                        subtypes.addAll(List.of(a.taSubtypes));
                        instruments.addAll(List.of(a.instruments));
                    }));
        }
        Set<String> regions = new HashSet<>();
        for (String country : countries) {
            ReferenceData.instance().country(country).ifPresent(c -> {
                addIfPresent(regions, c.regionCode());
                addIfPresent(regions, c.subRegionCode());
                addIfPresent(regions, c.intermediateRegionCode());
            });
        }
        return new Notice(kind, Set.copyOf(countries), Set.copyOf(regions), Set.copyOf(instruments),
                Set.copyOf(subtypes));
    }

    /** The need of a need or coverage event, or the needs of a request. */
    private static List<NeedReadModel> needsOf(JsonNode data) {
        Set<UUID> ids = new HashSet<>();
        if (data.hasNonNull("needId")) {
            ids.add(UUID.fromString(data.get("needId").asText()));
        }
        data.path("needIds").forEach(id -> ids.add(UUID.fromString(id.asText())));
        return ids.isEmpty() ? List.of() : NeedReadModel.list("id in ?1", ids);
    }

    private static Optional<OverlapAlert> alertOf(JsonNode data) {
        return data.hasNonNull("alertId") ? OverlapAlert.findByIdOptional(UUID.fromString(data.get("alertId").asText()))
                : Optional.empty();
    }

    /** Coordinators' subscriptions are told everything; others what their maker could read through the API. */
    private boolean mayKnow(Subscription subscription, NoticeKind kind, JsonNode data,
            Optional<OverlapAlert> alert) {
        if (subscription.isCoordinators()) {
            return true;
        }
        String organisation = subscription.organisation;
        return switch (kind) {
            case NEED, GAP -> data.hasNonNull("consent") && SharingConsent.valueOf(data.get("consent").asText())
                    .allows(subscription.roleSet(), null, data.path("country").asText(null));
            case OVERLAP -> alert.map(found -> visibility.maySee(found, visibility.scopeOf(subscription.roleSet(),
                    Optional.ofNullable(organisation)))).orElse(false);
            case REQUEST -> organisation != null && (organisation.equals(data.path("organisation").asText(null))
                    || !data.has("offerId") && contains(data.path("forwardedTo"), organisation));
        };
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode element : array) {
            if (value.equals(element.asText())) {
                return true;
            }
        }
        return false;
    }

    private JsonNode parse(IncomingEvent event) {
        try {
            return json.readTree(event.data());
        } catch (JsonProcessingException e) {
            throw new PoisonMessageException("payload of " + event.type() + " " + event.id() + " is not JSON", e);
        }
    }

    /** The Standard Webhooks payload shape: type, timestamp, data (the event's payload as published). */
    private String body(IncomingEvent event, JsonNode data) {
        ObjectNode body = json.createObjectNode();
        body.put("type", event.type());
        body.put("timestamp", (event.time() == null ? Instant.now() : event.time().toInstant()).toString());
        body.put("eventId", event.id());
        body.set("data", data);
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void addIfPresent(Set<String> set, String value) {
        if (value != null) {
            set.add(value);
        }
    }
}
