package org.taplatform.registry.intake;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.taplatform.events.coordination.OfferAccepted;
import org.taplatform.registry.activity.Activity;
import org.taplatform.registry.activity.ActivityRequest;
import org.taplatform.registry.activity.ActivityService;
import org.taplatform.registry.organisation.Organisation;

import io.quarkus.logging.Log;

/**
 * A State accepted an organisation's offer in coordination-service: the registry registers the activity that carries
 * it out, in pipeline (IATI status 1), under the identifier the event gives, with the offering organisation as the
 * reporting and implementing organisation. Its announcement fulfils the request in coordination. The organisation
 * completes it later like any activity (sectors, participants, results).
 */
@ApplicationScoped
public class AcceptedOffers {

    static final String ACTOR = "coordination-service (accepted offer)";

    private final ActivityService activities;

    AcceptedOffers(ActivityService activities) {
        this.activities = activities;
    }

    @Transactional(TxType.MANDATORY)
    public void register(OfferAccepted accepted) {
        if (Activity.byIatiIdentifier(accepted.activityIdentifier()).isPresent()) {
            return; // registered already (the event delivered again under another id): nothing to do
        }
        String prefix = accepted.organisation() + "-";
        if (!accepted.activityIdentifier().startsWith(prefix)) {
            throw new IllegalArgumentException("activity identifier " + accepted.activityIdentifier()
                    + " is not one of " + accepted.organisation());
        }
        String name = Organisation.byIdentifier(accepted.organisation()).map(o -> o.name(accepted.language()))
                .orElse(accepted.organisation());
        ActivityRequest.Budget budget = accepted.amount() == null ? null : new ActivityRequest.Budget(accepted.amount(),
                accepted.currency(), LocalDate.ofInstant(accepted.acceptedAt(), ZoneOffset.UTC));
        ActivityRequest request = new ActivityRequest(accepted.organisation(),
                accepted.activityIdentifier().substring(prefix.length()), Map.of(accepted.language(), accepted.title()),
                Map.of(accepted.language(), accepted.scope()), "1", accepted.plannedStart(), accepted.plannedEnd(), null,
                null, List.of(new ActivityRequest.Participant(accepted.organisation(), name, "4")),
                List.of(new ActivityRequest.CountryShare(accepted.country(), null)), List.of(), List.of(),
                accepted.taSubtypes(), accepted.instruments(), List.of(), List.of(), accepted.needIds(), budget);
        Activity activity = activities.register(request, ACTOR);
        Log.infof("Registered %s for accepted offer %s of request %s", activity.iatiIdentifier, accepted.offerId(),
                accepted.requestId());
    }
}
