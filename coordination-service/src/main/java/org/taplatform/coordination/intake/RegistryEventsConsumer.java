package org.taplatform.coordination.intake;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.taplatform.coordination.coverage.CoverageService;
import org.taplatform.coordination.overlap.OverlapDetectionService;
import org.taplatform.coordination.index.IndexMaintenance;
import org.taplatform.coordination.index.IndexedActivity;
import org.taplatform.coordination.index.ReadModelIndex;
import org.taplatform.coordination.request.RequestService;
import org.taplatform.events.inbox.IncomingEvent;
import org.taplatform.events.inbox.PollApplier;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * The registry's events into coordination's read models, once each (the inbox), followed in the same transaction by
 * what they change here: the coverage of the needs an activity or pledge may answer, the activity's overlap alerts,
 * and the request an accepted offer's activity fulfils. One transaction per poll ({@link PollApplier}: an IATI import's
 * thousands of activities cost a commit per hundred); what cannot be processed goes alone to the dead-letter topic.
 */
@ApplicationScoped
public class RegistryEventsConsumer {

    public static final String ORGANISATIONS = "coordination-service/registry-organisations";
    public static final String ACTIVITIES = "coordination-service/registry-activities";
    public static final String KNOWLEDGE = "coordination-service/registry-knowledge";

    private final ReadModelProjection projection;
    private final ReadModelLock lock;
    private final CoverageService coverage;
    private final OverlapDetectionService overlaps;
    private final RequestService requests;
    private final IndexMaintenance index;
    private final ReadModelIndex readModels;
    private final PollApplier polls;

    RegistryEventsConsumer(ReadModelProjection projection, ReadModelLock lock, CoverageService coverage,
            OverlapDetectionService overlaps, RequestService requests, IndexMaintenance index,
            ReadModelIndex readModels, PollApplier polls) {
        this.projection = projection;
        this.lock = lock;
        this.coverage = coverage;
        this.overlaps = overlaps;
        this.requests = requests;
        this.index = index;
        this.readModels = readModels;
        this.polls = polls;
    }

    @Incoming("registry-organisations")
    @Blocking
    public CompletionStage<Void> onOrganisationEvents(KafkaRecordBatch<String, String> poll) {
        return polls.applyOnce(ORGANISATIONS, poll, lock::share, event -> projection.apply(event).refresh(index));
    }

    /** Tools and lessons: shown beside needs, changing nothing else. */
    @Incoming("registry-knowledge")
    @Blocking
    public CompletionStage<Void> onKnowledgeEvents(KafkaRecordBatch<String, String> poll) {
        return polls.applyOnce(KNOWLEDGE, poll, lock::share, event -> projection.apply(event));
    }

    @Incoming("registry-activities")
    @Blocking
    public CompletionStage<Void> onActivityEvents(KafkaRecordBatch<String, String> poll) {
        return polls.applyOnce(ACTIVITIES, poll, lock::share, this::applyActivityEvent);
    }

    private void applyActivityEvent(IncomingEvent event) {
        ReadModelProjection.Touched touched = projection.apply(event);
        // as it was: an activity moved to another country or subtype leaves needs there that it covered
        Optional<IndexedActivity> before = touched.activityId() == null ? Optional.empty()
                : readModels.activity(touched.activityId());
        touched.refresh(index);
        if (touched.activityId() != null) {
            readModels.activity(touched.activityId()).ifPresent(activity -> {
                coverage.reassessAround(activity, before);
                overlaps.detectAround(activity);
            });
            if (touched.activityRegistered()) {
                requests.activityRegistered(touched.activityId(), touched.activityIdentifier());
            }
        } else if (touched.needReassess()) {
            coverage.reassess(List.of(touched.needId()));
        }
    }
}
