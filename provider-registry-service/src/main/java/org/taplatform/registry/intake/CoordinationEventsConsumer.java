package org.taplatform.registry.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.taplatform.events.coordination.OfferAccepted;
import org.taplatform.events.inbox.Inbox;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;

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

    @Incoming("coordination-events")
    @Transactional
    public void onCoordinationEvent(ConsumerRecord<String, String> record) {
        inbox.applyOnce(CONSUMER, record, event -> {
            if (OfferAccepted.TYPE.equals(event.type())) {
                acceptedOffers.register(event.dataAs(OfferAccepted.class, json));
            } else {
                Log.debugf("Ignoring %s %s", event.type(), event.id());
            }
        });
    }
}
