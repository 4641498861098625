package org.taplatform.coordination.need;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.taplatform.events.inbox.IncomingEvent;
import org.taplatform.events.needs.NeedRegistered;
import org.taplatform.events.needs.NeedUpdated;
import org.taplatform.events.needs.NeedStatusChanged;
import org.taplatform.events.needs.NeedWithdrawn;
import org.taplatform.reference.security.Caller;

/** Keeps the needs read model and answers from it. */
@ApplicationScoped
public class NeedReadModelService {

    @Transactional(TxType.MANDATORY)
    public void apply(NeedRegistered registered, IncomingEvent event) {
        NeedReadModel need = NeedReadModel.findById(registered.needId());
        if (need == null) {
            need = new NeedReadModel();
            need.id = registered.needId();
            need.status = "OPEN";
        }
        describe(need, registered.country(), registered.instrument(), registered.article(), registered.taType(),
                registered.taSubtype(), registered.priority(), registered.source(), registered.consent());
        need.registeredAt = registered.registeredAt();
        need.cycleId = registered.cycleId();
        need.lastEventId = event.id();
        need.persist();
    }

    /** A changed need: its new state. */
    @Transactional(TxType.MANDATORY)
    public void apply(NeedUpdated updated, IncomingEvent event) {
        NeedReadModel need = NeedReadModel.findById(updated.needId());
        if (need == null) {
            need = new NeedReadModel();
            need.id = updated.needId();
            need.registeredAt = updated.updatedAt();
        }
        describe(need, updated.country(), updated.instrument(), updated.article(), updated.taType(),
                updated.taSubtype(), updated.priority(), updated.source(), updated.consent());
        need.status = updated.status();
        need.cycleId = updated.cycleId();
        need.lastEventId = event.id();
        need.persist();
    }

    /** needs-service's status of the need (from coordination's own reports, or set by a coordinator). */
    @Transactional(TxType.MANDATORY)
    public void apply(NeedStatusChanged changed, IncomingEvent event) {
        NeedReadModel need = NeedReadModel.findById(changed.needId());
        if (need != null && !"WITHDRAWN".equals(need.status)) {
            need.status = changed.status();
            need.statusReason = changed.reason();
            need.lastEventId = event.id();
        }
    }

    /** A withdrawn need stays known, as withdrawn: coverage and matching leave it out. */
    @Transactional(TxType.MANDATORY)
    public void apply(NeedWithdrawn withdrawn, IncomingEvent event) {
        NeedReadModel need = NeedReadModel.findById(withdrawn.needId());
        if (need != null) {
            need.status = "WITHDRAWN";
            need.lastEventId = event.id();
        }
    }

    private static void describe(NeedReadModel need, String country, String instrument, String article, String taType,
            String taSubtype, String priority, org.taplatform.events.NeedSource source,
            org.taplatform.events.SharingConsent consent) {
        need.country = country;
        need.instrument = instrument;
        need.article = article;
        need.taType = taType;
        need.taSubtype = taSubtype;
        need.priority = priority;
        need.source = source;
        need.consent = consent;
    }

    /** A need the caller may see (the State's consent), or empty. */
    @Transactional
    public Optional<NeedReadModelView> find(UUID id, Caller caller) {
        return NeedReadModel.<NeedReadModel>findByIdOptional(id)
                .filter(need -> need.consent.allows(caller.roles(), caller.country().orElse(null), need.country))
                .map(NeedReadModelView::of);
    }
}
