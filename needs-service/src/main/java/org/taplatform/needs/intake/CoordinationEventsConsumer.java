package org.taplatform.needs.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.taplatform.events.coordination.NeedCoordinationStatusChanged;
import org.taplatform.events.inbox.Inbox;
import org.taplatform.needs.need.NeedStatusService;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;

/**
 * Feeds coordination's view of each need back into the register (its status), once per event; what cannot be
 * processed goes to the dead-letter topic. Coordination's other events are not needs-service's concern.
 */
@ApplicationScoped
public class CoordinationEventsConsumer {

    static final String CONSUMER = "needs-service/coordination-events";

    private final NeedStatusService statuses;
    private final Inbox inbox;
    private final ObjectMapper json;

    CoordinationEventsConsumer(NeedStatusService statuses, Inbox inbox, ObjectMapper json) {
        this.statuses = statuses;
        this.inbox = inbox;
        this.json = json;
    }

    @Incoming("coordination-events")
    @Transactional
    public void onCoordinationEvent(ConsumerRecord<String, String> record) {
        inbox.applyOnce(CONSUMER, record, event -> {
            if (NeedCoordinationStatusChanged.TYPE.equals(event.type())) {
                statuses.adopt(event.dataAs(NeedCoordinationStatusChanged.class, json));
            } else {
                Log.debugf("Ignoring %s %s: not a needs-service concern", event.type(), event.id());
            }
        });
    }
}
