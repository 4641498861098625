package org.taplatform.coordination.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
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
    private final Inbox inbox;
    private final ObjectMapper json;

    RegistryEventsConsumer(ProviderReadModelService readModels, Inbox inbox, ObjectMapper json) {
        this.readModels = readModels;
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
                case ActivityRegistered.TYPE -> readModels.apply(event.dataAs(ActivityRegistered.class, json));
                case ActivityUpdated.TYPE -> readModels.apply(event.dataAs(ActivityUpdated.class, json));
                case ActivityStatusChanged.TYPE -> readModels.apply(event.dataAs(ActivityStatusChanged.class, json));
                case ActivityWithdrawn.TYPE -> readModels.apply(event.dataAs(ActivityWithdrawn.class, json));
                case PledgeRecorded.TYPE -> readModels.apply(event.dataAs(PledgeRecorded.class, json));
                case PledgeChanged.TYPE -> readModels.apply(event.dataAs(PledgeChanged.class, json));
                default -> Log.debugf("Ignoring %s %s", event.type(), event.id());
            }
        });
    }
}
