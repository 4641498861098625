package org.taplatform.coordination.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.taplatform.coordination.need.NeedReadModelService;
import org.taplatform.events.inbox.Inbox;
import org.taplatform.events.needs.NeedRegistered;
import org.taplatform.events.needs.NeedUpdated;
import org.taplatform.events.needs.NeedStatusChanged;
import org.taplatform.events.needs.NeedWithdrawn;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;

/** Applies needs-service's events to the needs read model, once each (inbox), in order per country (key). */
@ApplicationScoped
public class NeedEventsConsumer {

    static final String CONSUMER = "coordination-service/needs";

    private final NeedReadModelService readModel;
    private final Inbox inbox;
    private final ObjectMapper json;

    NeedEventsConsumer(NeedReadModelService readModel, Inbox inbox, ObjectMapper json) {
        this.readModel = readModel;
        this.inbox = inbox;
        this.json = json;
    }

    @Incoming("needs")
    @Transactional
    public void onNeedEvent(ConsumerRecord<String, String> record) {
        inbox.applyOnce(CONSUMER, record, event -> {
            switch (event.type()) {
                case NeedRegistered.TYPE -> readModel.apply(event.dataAs(NeedRegistered.class, json), event);
                case NeedUpdated.TYPE -> readModel.apply(event.dataAs(NeedUpdated.class, json), event);
                case NeedWithdrawn.TYPE -> readModel.apply(event.dataAs(NeedWithdrawn.class, json), event);
                case NeedStatusChanged.TYPE -> readModel.apply(event.dataAs(NeedStatusChanged.class, json), event);
                default -> Log.debugf("Ignoring %s %s: not a coordination concern yet", event.type(), event.id());
            }
        });
    }
}
