package org.taplatform.coordination.intake;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.taplatform.coordination.index.IndexMaintenance;
import org.taplatform.coordination.knowledge.KnowledgeProjection;
import org.taplatform.coordination.need.NeedReadModelService;
import org.taplatform.coordination.provider.ProviderReadModelService;
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
import org.taplatform.events.registry.OrganisationRegistered;
import org.taplatform.events.registry.OrganisationUpdated;
import org.taplatform.events.registry.PledgeChanged;
import org.taplatform.events.registry.PledgeRecorded;
import org.taplatform.events.registry.ToolChanged;
import org.taplatform.events.registry.EvaluationRecorded;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The read models as a pure projection of the events: one event in, the read-model rows it changes, nothing else (no
 * coverage, no alerts, no events out). The live consumers follow it with their reactions; a rebuild replays the
 * topics through it alone. Says what it touched, so that the live consumer knows what to reassess.
 */
@ApplicationScoped
public class ReadModelProjection {

    /**
     * What an event touched, for the index and the live reactions: a need (and whether its coverage and matches are to
     * be reassessed), an activity (registered: new), an organisation, a pledge (and its need). Nulls when none.
     */
    public record Touched(UUID needId, boolean needReassess, UUID activityId, boolean activityRegistered,
            String activityIdentifier, String organisation, UUID pledgeId) {

        static final Touched NOTHING = new Touched(null, false, null, false, null, null, null);

        static Touched need(UUID id, boolean reassess) {
            return new Touched(id, reassess, null, false, null, null, null);
        }

        static Touched activity(UUID id, boolean registered, String identifier) {
            return new Touched(null, false, id, registered, identifier, null, null);
        }

        static Touched organisation(String identifier) {
            return new Touched(null, false, null, false, null, identifier, null);
        }

        static Touched pledge(UUID id, UUID needId) {
            return new Touched(needId, needId != null, null, false, null, null, id);
        }

        /** Brings the index entries of what was touched in line with the rows just written. */
        void refresh(IndexMaintenance index) {
            if (pledgeId != null) {
                index.refreshPledge(pledgeId); // its need itself did not change
            } else if (needId != null) {
                index.refreshNeed(needId);
            }
            if (activityId != null) {
                index.refreshActivity(activityId);
            }
            if (organisation != null) {
                index.refreshOrganisation(organisation);
            }
        }
    }

    private final NeedReadModelService needs;
    private final ProviderReadModelService providers;
    private final KnowledgeProjection knowledge;
    private final ObjectMapper json;

    ReadModelProjection(NeedReadModelService needs, ProviderReadModelService providers, KnowledgeProjection knowledge,
            ObjectMapper json) {
        this.needs = needs;
        this.providers = providers;
        this.knowledge = knowledge;
        this.json = json;
    }

    @Transactional(TxType.MANDATORY)
    public Touched apply(IncomingEvent event) {
        switch (event.type()) {
            case NeedRegistered.TYPE -> {
                NeedRegistered registered = event.dataAs(NeedRegistered.class, json);
                needs.apply(registered, event);
                return Touched.need(registered.needId(), true);
            }
            case NeedUpdated.TYPE -> {
                NeedUpdated updated = event.dataAs(NeedUpdated.class, json);
                needs.apply(updated, event);
                return Touched.need(updated.needId(), true);
            }
            case NeedWithdrawn.TYPE -> {
                NeedWithdrawn withdrawn = event.dataAs(NeedWithdrawn.class, json);
                needs.apply(withdrawn, event);
                return Touched.need(withdrawn.needId(), false);
            }
            case NeedStatusChanged.TYPE -> {
                // not reassessed: mostly coordination's own status change, coming back (no echo)
                NeedStatusChanged changed = event.dataAs(NeedStatusChanged.class, json);
                needs.apply(changed, event);
                return Touched.need(changed.needId(), false);
            }
            case OrganisationRegistered.TYPE -> {
                OrganisationRegistered registered = event.dataAs(OrganisationRegistered.class, json);
                providers.apply(registered, event);
                return Touched.organisation(registered.identifier());
            }
            case OrganisationUpdated.TYPE -> {
                OrganisationUpdated updated = event.dataAs(OrganisationUpdated.class, json);
                providers.apply(updated, event);
                return Touched.organisation(updated.identifier());
            }
            case CapabilityChanged.TYPE -> {
                CapabilityChanged changed = event.dataAs(CapabilityChanged.class, json);
                providers.apply(changed);
                return Touched.organisation(changed.identifier());
            }
            case ActivityRegistered.TYPE -> {
                ActivityRegistered registered = event.dataAs(ActivityRegistered.class, json);
                providers.apply(registered);
                return Touched.activity(registered.activityId(), true, registered.iatiIdentifier());
            }
            case ActivityUpdated.TYPE -> {
                ActivityUpdated updated = event.dataAs(ActivityUpdated.class, json);
                providers.apply(updated);
                return Touched.activity(updated.activityId(), false, null);
            }
            case ActivityStatusChanged.TYPE -> {
                ActivityStatusChanged changed = event.dataAs(ActivityStatusChanged.class, json);
                providers.apply(changed);
                return Touched.activity(changed.activityId(), false, null);
            }
            case ActivityWithdrawn.TYPE -> {
                ActivityWithdrawn withdrawn = event.dataAs(ActivityWithdrawn.class, json);
                providers.apply(withdrawn);
                return Touched.activity(withdrawn.activityId(), false, null);
            }
            case PledgeRecorded.TYPE -> {
                PledgeRecorded recorded = event.dataAs(PledgeRecorded.class, json);
                providers.apply(recorded);
                return Touched.pledge(recorded.pledgeId(), recorded.needId());
            }
            case ToolChanged.TYPE -> {
                knowledge.apply(event.dataAs(ToolChanged.class, json));
                return Touched.NOTHING; // shown beside needs; no read model of the index changes
            }
            case EvaluationRecorded.TYPE -> {
                knowledge.apply(event.dataAs(EvaluationRecorded.class, json));
                return Touched.NOTHING;
            }
            case PledgeChanged.TYPE -> {
                PledgeChanged changed = event.dataAs(PledgeChanged.class, json);
                providers.apply(changed);
                return Touched.pledge(changed.pledgeId(), changed.needId());
            }
            default -> {
                return Touched.NOTHING;
            }
        }
    }
}
