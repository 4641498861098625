package org.taplatform.needs.intake;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.taplatform.events.coordination.NeedCoordinationStatusChanged;
import org.taplatform.events.inbox.PollApplier;
import org.taplatform.needs.need.NeedStatusService;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Feeds coordination's view of each need back into the register (its status), once per event; what cannot be
 * processed goes to the dead-letter topic. Coordination's other events are not needs-service's concern.
 */
@ApplicationScoped
public class CoordinationEventsConsumer {

    static final String CONSUMER = "needs-service/coordination-events";

    private final NeedStatusService statuses;
    private final PollApplier polls;
    private final ObjectMapper json;

    CoordinationEventsConsumer(NeedStatusService statuses, PollApplier polls, ObjectMapper json) {
        this.statuses = statuses;
        this.polls = polls;
        this.json = json;
    }

    /**
     * Only a need's coordination status concerns needs-service; the rest of the stream (match proposals above all) is
     * skipped before any transaction or inbox row, a poll of them without a transaction.
     */
    @Incoming("coordination-events")
    @Blocking
    public CompletionStage<Void> onCoordinationEvents(KafkaRecordBatch<String, String> poll) {
        return polls.applyOnceIfOfType(CONSUMER, poll, NeedCoordinationStatusChanged.TYPE,
                event -> statuses.adopt(event.dataAs(NeedCoordinationStatusChanged.class, json)));
    }
}
