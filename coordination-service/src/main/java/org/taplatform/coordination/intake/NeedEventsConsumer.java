package org.taplatform.coordination.intake;

import java.util.List;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.taplatform.coordination.coverage.CoverageService;
import org.taplatform.coordination.index.IndexMaintenance;
import org.taplatform.coordination.matching.MatchProposals;
import org.taplatform.events.inbox.IncomingEvent;
import org.taplatform.events.inbox.PollApplier;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Applies needs-service's events to the needs read model, once each (inbox), in order per country (key), and
 * reassesses the coverage of a need registered or changed and proposes its best organisations. One transaction per
 * poll ({@link PollApplier}): when submissions come faster than this consumer, the backlog costs one commit per poll.
 */
@ApplicationScoped
public class NeedEventsConsumer {

    public static final String CONSUMER = "coordination-service/needs";

    private final ReadModelProjection projection;
    private final ReadModelLock lock;
    private final CoverageService coverage;
    private final MatchProposals proposals;
    private final IndexMaintenance index;
    private final PollApplier polls;

    NeedEventsConsumer(ReadModelProjection projection, ReadModelLock lock, CoverageService coverage,
            MatchProposals proposals, IndexMaintenance index, PollApplier polls) {
        this.projection = projection;
        this.lock = lock;
        this.coverage = coverage;
        this.proposals = proposals;
        this.index = index;
        this.polls = polls;
    }

    @Incoming("needs")
    @Blocking
    public CompletionStage<Void> onNeedEvents(KafkaRecordBatch<String, String> poll) {
        return polls.applyOnce(CONSUMER, poll, lock::share, this::apply);
    }

    private void apply(IncomingEvent event) {
        ReadModelProjection.Touched touched = projection.apply(event);
        touched.refresh(index);
        if (touched.needReassess()) {
            coverage.reassess(List.of(touched.needId()));
            proposals.proposeFor(touched.needId());
        }
    }
}
