package org.taplatform.needs.need;

import java.time.Instant;
import java.util.List;

import org.taplatform.events.needs.NeedRegistered;
import org.taplatform.events.needs.NeedStatusChanged;
import org.taplatform.events.needs.NeedUpdated;
import org.taplatform.events.needs.NeedWithdrawn;

/** The events the register publishes about a need, each carrying the State's consent. */
final class NeedEvents {

    private NeedEvents() {
    }

    static NeedRegistered registered(Need need) {
        return new NeedRegistered(need.id, need.country, need.instrument, need.article, need.taType, need.taSubtype,
                need.thematicArea, List.copyOf(need.beneficiaryGroups), need.description, need.priority, need.source,
                need.consent, need.cycleId, need.responseId, need.registeredAt);
    }

    static NeedUpdated updated(Need need) {
        return new NeedUpdated(need.id, need.country, need.instrument, need.article, need.taType, need.taSubtype,
                need.thematicArea, List.copyOf(need.beneficiaryGroups), need.description, need.priority, need.source,
                need.consent, need.status.name(), need.cycleId, need.responseId, Instant.now());
    }

    static NeedWithdrawn withdrawn(Need need, String reason) {
        return new NeedWithdrawn(need.id, need.country, need.consent, reason, Instant.now());
    }

    static NeedStatusChanged statusChanged(Need need, Need.Status previous, String reason, String changedBy) {
        return new NeedStatusChanged(need.id, need.country, need.consent, previous.name(), need.status.name(), reason,
                changedBy, Instant.now());
    }
}
