package org.taplatform.coordination.intake;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.taplatform.events.inbox.PollApplier;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * The registry's events into coordination's read models, once each (the inbox), each followed in the same transaction
 * by all it implies here ({@link EventHandlers}): the coverage of the needs an activity or pledge may answer, the
 * activity's overlap alerts, the request an accepted offer's activity fulfils. One transaction per poll
 * ({@link PollApplier}: an IATI import's thousands of activities cost a commit per hundred); what cannot be processed
 * goes alone to the dead-letter topic.
 */
@ApplicationScoped
public class RegistryEventsConsumer {

    public static final String ORGANISATIONS = "coordination-service/registry-organisations";
    public static final String ACTIVITIES = "coordination-service/registry-activities";
    public static final String KNOWLEDGE = "coordination-service/registry-knowledge";

    private final EventHandlers handlers;
    private final ReadModelLock lock;
    private final PollApplier polls;

    RegistryEventsConsumer(EventHandlers handlers, ReadModelLock lock, PollApplier polls) {
        this.handlers = handlers;
        this.lock = lock;
        this.polls = polls;
    }

    @Incoming("registry-organisations")
    @Blocking
    public CompletionStage<Void> onOrganisationEvents(KafkaRecordBatch<String, String> poll) {
        return polls.applyOnce(ORGANISATIONS, poll, lock::share, handlers::handle);
    }

    /** Tools and lessons: shown beside needs, changing nothing else. */
    @Incoming("registry-knowledge")
    @Blocking
    public CompletionStage<Void> onKnowledgeEvents(KafkaRecordBatch<String, String> poll) {
        return polls.applyOnce(KNOWLEDGE, poll, lock::share, handlers::handle);
    }

    @Incoming("registry-activities")
    @Blocking
    public CompletionStage<Void> onActivityEvents(KafkaRecordBatch<String, String> poll) {
        return polls.applyOnce(ACTIVITIES, poll, lock::share, handlers::handle);
    }
}
