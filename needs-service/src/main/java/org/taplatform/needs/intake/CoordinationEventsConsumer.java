package org.taplatform.needs.intake;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.taplatform.events.coordination.NeedCoordinationStatusChanged;
import org.taplatform.events.inbox.Inbox;
import org.taplatform.needs.need.NeedStatusService;

import com.fasterxml.jackson.databind.ObjectMapper;


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

    /**
     * Only a need's coordination status concerns needs-service; the rest of the stream (match proposals above all) is
     * skipped before any transaction or inbox row.
     */
    @Incoming("coordination-events")
    public void onCoordinationEvent(ConsumerRecord<String, String> record) {
        inbox.applyOnceIfOfType(CONSUMER, record, NeedCoordinationStatusChanged.TYPE,
                event -> statuses.adopt(event.dataAs(NeedCoordinationStatusChanged.class, json)));
    }
}
