package org.taplatform.coordination.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.taplatform.coordination.need.NeedReadModelService;
import org.taplatform.coordination.coverage.CoverageService;
import org.taplatform.events.inbox.Inbox;
import org.taplatform.events.needs.NeedRegistered;
import org.taplatform.events.needs.NeedUpdated;
import org.taplatform.events.needs.NeedStatusChanged;
import org.taplatform.events.needs.NeedWithdrawn;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;

/** Applies needs-service's events to the needs read model, once each (inbox), in order per country (key). */
@ApplicationScoped
public class NeedEventsConsumer {

    static final String CONSUMER = "coordination-service/needs";

    private final NeedReadModelService readModel;
    private final CoverageService coverage;
    private final Inbox inbox;
    private final ObjectMapper json;

    NeedEventsConsumer(NeedReadModelService readModel, CoverageService coverage, Inbox inbox, ObjectMapper json) {
        this.readModel = readModel;
        this.coverage = coverage;
        this.inbox = inbox;
        this.json = json;
    }

    @Incoming("needs")
    @Transactional
    public void onNeedEvent(ConsumerRecord<String, String> record) {
        inbox.applyOnce(CONSUMER, record, event -> {
            switch (event.type()) {
                case NeedRegistered.TYPE -> {
                    NeedRegistered registered = event.dataAs(NeedRegistered.class, json);
                    readModel.apply(registered, event);
                    coverage.reassess(java.util.List.of(registered.needId()));
                }
                case NeedUpdated.TYPE -> {
                    NeedUpdated updated = event.dataAs(NeedUpdated.class, json);
                    readModel.apply(updated, event);
                    coverage.reassess(java.util.List.of(updated.needId()));
                }
                case NeedWithdrawn.TYPE -> readModel.apply(event.dataAs(NeedWithdrawn.class, json), event);
                case NeedStatusChanged.TYPE -> readModel.apply(event.dataAs(NeedStatusChanged.class, json), event);
                default -> Log.debugf("Ignoring %s %s: not a coordination concern yet", event.type(), event.id());
            }
        });
    }
}
