package org.taplatform.coordination.intake;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.taplatform.events.inbox.PollApplier;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Applies needs-service's events to the needs read model, once each (inbox), in order per country (key), each followed
 * by all it implies here ({@link EventHandlers}): a need registered or changed has its coverage reassessed and its best
 * organisations proposed. One transaction per poll ({@link PollApplier}): when submissions come faster than this
 * consumer, the backlog costs one commit per poll.
 */
@ApplicationScoped
public class NeedEventsConsumer {

    public static final String CONSUMER = "coordination-service/needs";

    private final EventHandlers handlers;
    private final ReadModelLock lock;
    private final PollApplier polls;

    NeedEventsConsumer(EventHandlers handlers, ReadModelLock lock, PollApplier polls) {
        this.handlers = handlers;
        this.lock = lock;
        this.polls = polls;
    }

    @Incoming("needs")
    @Blocking
    public CompletionStage<Void> onNeedEvents(KafkaRecordBatch<String, String> poll) {
        return polls.applyOnce(CONSUMER, poll, lock::share, handlers::handle);
    }
}
