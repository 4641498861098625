package org.taplatform.coordination.intake;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.taplatform.coordination.coverage.CoverageService;
import org.taplatform.coordination.index.IndexMaintenance;
import org.taplatform.coordination.matching.MatchProposals;
import org.taplatform.events.inbox.Inbox;

/**
 * Applies needs-service's events to the needs read model, once each (inbox), in order per country (key), and
 * reassesses the coverage of a need registered or changed and proposes its best organisations.
 */
@ApplicationScoped
public class NeedEventsConsumer {

    public static final String CONSUMER = "coordination-service/needs";

    private final ReadModelProjection projection;
    private final ReadModelLock lock;
    private final CoverageService coverage;
    private final MatchProposals proposals;
    private final IndexMaintenance index;
    private final Inbox inbox;

    NeedEventsConsumer(ReadModelProjection projection, ReadModelLock lock, CoverageService coverage,
            MatchProposals proposals, IndexMaintenance index, Inbox inbox) {
        this.projection = projection;
        this.lock = lock;
        this.coverage = coverage;
        this.proposals = proposals;
        this.index = index;
        this.inbox = inbox;
    }

    @Incoming("needs")
    @Transactional
    public void onNeedEvent(ConsumerRecord<String, String> record) {
        lock.share();
        inbox.applyOnce(CONSUMER, record, event -> {
            ReadModelProjection.Touched touched = projection.apply(event);
            touched.refresh(index);
            if (touched.needReassess()) {
                coverage.reassess(List.of(touched.needId()));
                proposals.proposeFor(touched.needId());
            }
        });
    }
}
