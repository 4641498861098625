package org.taplatform.registry.intake;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.taplatform.events.coordination.OfferAccepted;
import org.taplatform.events.inbox.Inbox;

import com.fasterxml.jackson.databind.ObjectMapper;


/**
 * Coordination's accepted offers become activities in the registry, once per event; what cannot be processed goes to
 * the dead-letter topic. Coordination's other events are not the registry's concern.
 */
@ApplicationScoped
public class CoordinationEventsConsumer {

    static final String CONSUMER = "provider-registry-service/coordination-events";

    private final AcceptedOffers acceptedOffers;
    private final Inbox inbox;
    private final ObjectMapper json;

    CoordinationEventsConsumer(AcceptedOffers acceptedOffers, Inbox inbox, ObjectMapper json) {
        this.acceptedOffers = acceptedOffers;
        this.inbox = inbox;
        this.json = json;
    }

    /**
     * Only an accepted offer concerns the registry; the rest of the stream (match proposals above all) is skipped
     * before any transaction or inbox row.
     */
    @Incoming("coordination-events")
    public void onCoordinationEvent(ConsumerRecord<String, String> record) {
        inbox.applyOnceIfOfType(CONSUMER, record, OfferAccepted.TYPE,
                event -> acceptedOffers.register(event.dataAs(OfferAccepted.class, json)));
    }
}
