package org.taplatform.coordination.intake;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

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

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The read models as a pure projection of the events: one event in, the read-model rows it changes, nothing else (no
 * coverage, no alerts, no events out). The live consumers follow it with their reactions; a rebuild replays the
 * topics through it alone. Says what it touched, so that the live consumer knows what to reassess.
 */
@ApplicationScoped
public class ReadModelProjection {

    /** What an event touched: a need, an activity (registered: new), or a pledge's need. Nulls when none. */
    public record Touched(UUID needId, UUID activityId, boolean activityRegistered, String activityIdentifier,
            boolean needReassess) {

        static final Touched NOTHING = new Touched(null, null, false, null, false);
    }

    private final NeedReadModelService needs;
    private final ProviderReadModelService providers;
    private final ObjectMapper json;

    ReadModelProjection(NeedReadModelService needs, ProviderReadModelService providers, ObjectMapper json) {
        this.needs = needs;
        this.providers = providers;
        this.json = json;
    }

    @Transactional(TxType.MANDATORY)
    public Touched apply(IncomingEvent event) {
        switch (event.type()) {
            case NeedRegistered.TYPE -> {
                NeedRegistered registered = event.dataAs(NeedRegistered.class, json);
                needs.apply(registered, event);
                return new Touched(registered.needId(), null, false, null, true);
            }
            case NeedUpdated.TYPE -> {
                NeedUpdated updated = event.dataAs(NeedUpdated.class, json);
                needs.apply(updated, event);
                return new Touched(updated.needId(), null, false, null, true);
            }
            case NeedWithdrawn.TYPE -> needs.apply(event.dataAs(NeedWithdrawn.class, json), event);
            // a status change is not reassessed: it is mostly coordination's own, coming back (no echo)
            case NeedStatusChanged.TYPE -> needs.apply(event.dataAs(NeedStatusChanged.class, json), event);
            case OrganisationRegistered.TYPE -> providers.apply(event.dataAs(OrganisationRegistered.class, json), event);
            case OrganisationUpdated.TYPE -> providers.apply(event.dataAs(OrganisationUpdated.class, json), event);
            case CapabilityChanged.TYPE -> providers.apply(event.dataAs(CapabilityChanged.class, json));
            case ActivityRegistered.TYPE -> {
                ActivityRegistered registered = event.dataAs(ActivityRegistered.class, json);
                providers.apply(registered);
                return new Touched(null, registered.activityId(), true, registered.iatiIdentifier(), false);
            }
            case ActivityUpdated.TYPE -> {
                ActivityUpdated updated = event.dataAs(ActivityUpdated.class, json);
                providers.apply(updated);
                return new Touched(null, updated.activityId(), false, null, false);
            }
            case ActivityStatusChanged.TYPE -> {
                ActivityStatusChanged changed = event.dataAs(ActivityStatusChanged.class, json);
                providers.apply(changed);
                return new Touched(null, changed.activityId(), false, null, false);
            }
            case ActivityWithdrawn.TYPE -> {
                ActivityWithdrawn withdrawn = event.dataAs(ActivityWithdrawn.class, json);
                providers.apply(withdrawn);
                return new Touched(null, withdrawn.activityId(), false, null, false);
            }
            case PledgeRecorded.TYPE -> {
                PledgeRecorded recorded = event.dataAs(PledgeRecorded.class, json);
                providers.apply(recorded);
                return new Touched(recorded.needId(), null, false, null, recorded.needId() != null);
            }
            case PledgeChanged.TYPE -> {
                PledgeChanged changed = event.dataAs(PledgeChanged.class, json);
                providers.apply(changed);
                return new Touched(changed.needId(), null, false, null, changed.needId() != null);
            }
            default -> {
                return Touched.NOTHING;
            }
        }
        return Touched.NOTHING;
    }
}
