package org.taplatform.registry.intake;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.taplatform.events.coordination.OfferAccepted;
import org.taplatform.events.inbox.PollApplier;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Coordination's accepted offers become activities in the registry, once per event; what cannot be processed goes to
 * the dead-letter topic. Coordination's other events are not the registry's concern.
 */
@ApplicationScoped
public class CoordinationEventsConsumer {

    static final String CONSUMER = "provider-registry-service/coordination-events";

    private final AcceptedOffers acceptedOffers;
    private final PollApplier polls;
    private final ObjectMapper json;

    CoordinationEventsConsumer(AcceptedOffers acceptedOffers, PollApplier polls, ObjectMapper json) {
        this.acceptedOffers = acceptedOffers;
        this.polls = polls;
        this.json = json;
    }

    /**
     * Only an accepted offer concerns the registry; the rest of the stream (match proposals above all) is skipped
     * before any transaction or inbox row, a poll of them without a transaction.
     */
    @Incoming("coordination-events")
    @Blocking
    public CompletionStage<Void> onCoordinationEvents(KafkaRecordBatch<String, String> poll) {
        return polls.applyOnceIfOfType(CONSUMER, poll, OfferAccepted.TYPE,
                event -> acceptedOffers.register(event.dataAs(OfferAccepted.class, json)));
    }
}
