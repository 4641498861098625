package org.taplatform.coordination.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.taplatform.coordination.coverage.CoverageService;
import org.taplatform.coordination.index.IndexMaintenance;
import org.taplatform.coordination.index.IndexedActivity;
import org.taplatform.coordination.index.ReadModelIndex;
import org.taplatform.coordination.knowledge.KnowledgeProjection;
import org.taplatform.coordination.matching.MatchProposals;
import org.taplatform.coordination.need.NeedReadModelService;
import org.taplatform.coordination.overlap.OverlapDetectionService;
import org.taplatform.coordination.provider.ProviderReadModelService;
import org.taplatform.coordination.request.RequestService;
import org.taplatform.events.inbox.IncomingEvent;
import org.taplatform.events.needs.NeedRegistered;
import org.taplatform.events.needs.NeedStatusChanged;
import org.taplatform.events.needs.NeedUpdated;
import org.taplatform.events.needs.NeedWithdrawn;
import org.taplatform.events.registry.ActivityRegistered;
import org.taplatform.events.registry.ActivityStatusChanged;
import org.taplatform.events.registry.ActivityUpdated;
import org.taplatform.events.registry.ActivityWithdrawn;
import org.taplatform.events.registry.CapabilityChanged;
import org.taplatform.events.registry.EvaluationRecorded;
import org.taplatform.events.registry.OrganisationRegistered;
import org.taplatform.events.registry.OrganisationUpdated;
import org.taplatform.events.registry.PledgeChanged;
import org.taplatform.events.registry.PledgeRecorded;
import org.taplatform.events.registry.ToolChanged;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One handler per event type, holding all the event implies here: the read-model rows it changes (its projection,
 * which a rebuild replays alone into the shadow schema) and, live, what follows in the same transaction: the index
 * entries it touched, and the reactions (a need's coverage and proposals; the coverage around an activity, its overlap
 * alerts, the request it fulfils; a pledged need's coverage). Types not listed change nothing here.
 */
@ApplicationScoped
public class EventHandlers {

    /** An event type's payload, its rows, and its reactions (run after the rows, live only). */
    private record Handler<E>(Class<E> payload, BiConsumer<E, IncomingEvent> project, Consumer<E> react) {

        void run(IncomingEvent event, ObjectMapper json, boolean live) {
            E data = event.dataAs(payload, json);
            project.accept(data, event);
            if (live) {
                react.accept(data);
            }
        }
    }

    private final Map<String, Handler<?>> handlers = new HashMap<>();
    private final ObjectMapper json;
    private final IndexMaintenance index;
    private final ReadModelIndex readModels;
    private final CoverageService coverage;
    private final MatchProposals proposals;
    private final OverlapDetectionService overlaps;
    private final RequestService requests;

    EventHandlers(NeedReadModelService needs, ProviderReadModelService providers, KnowledgeProjection knowledge,
            ObjectMapper json, IndexMaintenance index, ReadModelIndex readModels, CoverageService coverage,
            MatchProposals proposals, OverlapDetectionService overlaps, RequestService requests) {
        this.json = json;
        this.index = index;
        this.readModels = readModels;
        this.coverage = coverage;
        this.proposals = proposals;
        this.overlaps = overlaps;
        this.requests = requests;
        on(NeedRegistered.TYPE, NeedRegistered.class, needs::apply, e -> needChanged(e.needId()));
        on(NeedUpdated.TYPE, NeedUpdated.class, needs::apply, e -> needChanged(e.needId()));
        on(NeedWithdrawn.TYPE, NeedWithdrawn.class, needs::apply, e -> index.refreshNeed(e.needId()));
        // not reassessed: mostly coordination's own status change coming back (no echo)
        on(NeedStatusChanged.TYPE, NeedStatusChanged.class, needs::apply, e -> index.refreshNeed(e.needId()));
        on(OrganisationRegistered.TYPE, OrganisationRegistered.class, providers::apply,
                e -> index.refreshOrganisation(e.identifier()));
        on(OrganisationUpdated.TYPE, OrganisationUpdated.class, providers::apply,
                e -> index.refreshOrganisation(e.identifier()));
        on(CapabilityChanged.TYPE, CapabilityChanged.class, (e, event) -> providers.apply(e),
                e -> index.refreshOrganisation(e.identifier()));
        on(ActivityRegistered.TYPE, ActivityRegistered.class, (e, event) -> providers.apply(e),
                e -> activityChanged(e.activityId(), Optional.of(e.iatiIdentifier())));
        on(ActivityUpdated.TYPE, ActivityUpdated.class, (e, event) -> providers.apply(e),
                e -> activityChanged(e.activityId(), Optional.empty()));
        on(ActivityStatusChanged.TYPE, ActivityStatusChanged.class, (e, event) -> providers.apply(e),
                e -> activityChanged(e.activityId(), Optional.empty()));
        on(ActivityWithdrawn.TYPE, ActivityWithdrawn.class, (e, event) -> providers.apply(e),
                e -> activityChanged(e.activityId(), Optional.empty()));
        on(PledgeRecorded.TYPE, PledgeRecorded.class, (e, event) -> providers.apply(e),
                e -> pledgeChanged(e.pledgeId(), e.needId()));
        on(PledgeChanged.TYPE, PledgeChanged.class, (e, event) -> providers.apply(e),
                e -> pledgeChanged(e.pledgeId(), e.needId()));
        // shown beside needs: no index entry, no reaction
        on(ToolChanged.TYPE, ToolChanged.class, (e, event) -> knowledge.apply(e), e -> { });
        on(EvaluationRecorded.TYPE, EvaluationRecorded.class, (e, event) -> knowledge.apply(e), e -> { });
    }

    private <E> void on(String type, Class<E> payload, BiConsumer<E, IncomingEvent> project, Consumer<E> react) {
        handlers.put(type, new Handler<>(payload, project, react));
    }

    /** The event's rows alone: what a rebuild replays into the shadow schema. */
    @Transactional(TxType.MANDATORY)
    public void project(IncomingEvent event) {
        Handler<?> handler = handlers.get(event.type());
        if (handler != null) {
            handler.run(event, json, false);
        }
    }

    /** Live: the event's rows, then everything it implies here, in the caller's transaction. */
    @Transactional(TxType.MANDATORY)
    public void handle(IncomingEvent event) {
        Handler<?> handler = handlers.get(event.type());
        if (handler != null) {
            handler.run(event, json, true);
        }
    }

    private void needChanged(UUID needId) {
        index.refreshNeed(needId);
        coverage.reassess(List.of(needId));
        proposals.proposeFor(needId);
    }

    private void activityChanged(UUID activityId, Optional<String> registeredAs) {
        // as it was: an activity moved to another country or subtype leaves needs there that it covered
        Optional<IndexedActivity> before = readModels.activity(activityId);
        index.refreshActivity(activityId);
        readModels.activity(activityId).ifPresent(activity -> {
            coverage.reassessAround(activity, before);
            overlaps.detectAround(activity);
        });
        registeredAs.ifPresent(identifier -> requests.activityRegistered(activityId, identifier));
    }

    private void pledgeChanged(UUID pledgeId, UUID needId) {
        index.refreshPledge(pledgeId); // its need itself did not change
        if (needId != null) {
            coverage.reassess(List.of(needId));
        }
    }
}
