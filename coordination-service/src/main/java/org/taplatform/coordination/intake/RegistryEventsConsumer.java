package org.taplatform.coordination.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.taplatform.coordination.coverage.CoverageService;
import org.taplatform.coordination.overlap.OverlapDetectionService;
import org.taplatform.coordination.request.RequestService;
import org.taplatform.coordination.provider.ActivityReadModel;
import org.taplatform.coordination.provider.ProviderReadModelService;
import org.taplatform.events.inbox.Inbox;
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

import io.quarkus.logging.Log;

/**
 * The registry's events into coordination's read models, once each (the inbox); what cannot be processed goes to the
 * dead-letter topic.
 */
@ApplicationScoped
public class RegistryEventsConsumer {

    static final String ORGANISATIONS = "coordination-service/registry-organisations";
    static final String ACTIVITIES = "coordination-service/registry-activities";

    private final ProviderReadModelService readModels;
    private final CoverageService coverage;
    private final OverlapDetectionService overlaps;
    private final RequestService requests;
    private final Inbox inbox;
    private final ObjectMapper json;

    RegistryEventsConsumer(ProviderReadModelService readModels, CoverageService coverage,
            OverlapDetectionService overlaps, RequestService requests, Inbox inbox, ObjectMapper json) {
        this.readModels = readModels;
        this.coverage = coverage;
        this.overlaps = overlaps;
        this.requests = requests;
        this.inbox = inbox;
        this.json = json;
    }

    @Incoming("registry-organisations")
    @Transactional
    public void onOrganisationEvent(ConsumerRecord<String, String> record) {
        inbox.applyOnce(ORGANISATIONS, record, event -> {
            switch (event.type()) {
                case OrganisationRegistered.TYPE -> readModels.apply(event.dataAs(OrganisationRegistered.class, json), event);
                case OrganisationUpdated.TYPE -> readModels.apply(event.dataAs(OrganisationUpdated.class, json), event);
                case CapabilityChanged.TYPE -> readModels.apply(event.dataAs(CapabilityChanged.class, json));
                default -> Log.debugf("Ignoring %s %s", event.type(), event.id());
            }
        });
    }

    @Incoming("registry-activities")
    @Transactional
    public void onActivityEvent(ConsumerRecord<String, String> record) {
        inbox.applyOnce(ACTIVITIES, record, event -> {
            switch (event.type()) {
                case ActivityRegistered.TYPE -> {
                    ActivityRegistered registered = event.dataAs(ActivityRegistered.class, json);
                    readModels.apply(registered);
                    reassessAround(registered.activityId());
                    requests.activityRegistered(registered.activityId(), registered.iatiIdentifier());
                }
                case ActivityUpdated.TYPE -> {
                    ActivityUpdated updated = event.dataAs(ActivityUpdated.class, json);
                    readModels.apply(updated);
                    reassessAround(updated.activityId());
                }
                case ActivityStatusChanged.TYPE -> {
                    ActivityStatusChanged changed = event.dataAs(ActivityStatusChanged.class, json);
                    readModels.apply(changed);
                    reassessAround(changed.activityId());
                }
                case ActivityWithdrawn.TYPE -> {
                    ActivityWithdrawn withdrawn = event.dataAs(ActivityWithdrawn.class, json);
                    readModels.apply(withdrawn);
                    reassessAround(withdrawn.activityId());
                }
                case PledgeRecorded.TYPE -> {
                    PledgeRecorded recorded = event.dataAs(PledgeRecorded.class, json);
                    readModels.apply(recorded);
                    reassess(recorded.needId());
                }
                case PledgeChanged.TYPE -> {
                    PledgeChanged changed = event.dataAs(PledgeChanged.class, json);
                    readModels.apply(changed);
                    reassess(changed.needId());
                }
                default -> Log.debugf("Ignoring %s %s", event.type(), event.id());
            }
        });
    }

    /** The needs an activity may cover, and its overlaps with others, are reassessed in the event's transaction. */
    private void reassessAround(java.util.UUID activityId) {
        ActivityReadModel activity = ActivityReadModel.findById(activityId);
        if (activity != null) {
            coverage.reassessAround(activity);
            overlaps.detectAround(activity);
        }
    }

    private void reassess(java.util.UUID needId) {
        if (needId != null) {
            coverage.reassess(java.util.List.of(needId));
        }
    }
}
