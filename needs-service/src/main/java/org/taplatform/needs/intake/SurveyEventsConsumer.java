package org.taplatform.needs.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.taplatform.events.inbox.Inbox;
import org.taplatform.events.survey.CycleClosed;
import org.taplatform.events.survey.ResponseAmended;
import org.taplatform.events.survey.ResponseReopened;
import org.taplatform.events.survey.ResponseSubmitted;
import org.taplatform.needs.need.NeedService;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;

/**
 * Turns survey events into needs, once each: the event id is claimed in the inbox in the transaction that
 * registers the needs. An event that cannot be processed throws, which sends it to the dead-letter topic.
 */
@ApplicationScoped
public class SurveyEventsConsumer {

    static final String CONSUMER = "needs-service/survey-responses";

    private final NeedService needs;
    private final Inbox inbox;
    private final ObjectMapper json;

    SurveyEventsConsumer(NeedService needs, Inbox inbox, ObjectMapper json) {
        this.needs = needs;
        this.inbox = inbox;
        this.json = json;
    }

    @Incoming("survey-responses")
    @Transactional
    public void onSurveyEvent(ConsumerRecord<String, String> record) {
        inbox.applyOnce(CONSUMER, record, event -> {
            switch (event.type()) {
                case ResponseSubmitted.TYPE -> needs.registerStatedNeeds(event.dataAs(ResponseSubmitted.class, json));
                case ResponseAmended.TYPE -> needs.replaceStatedNeeds(event.dataAs(ResponseAmended.class, json));
                case ResponseReopened.TYPE -> needs.withdrawNeedsOf(event.dataAs(ResponseReopened.class, json));
                case CycleClosed.TYPE -> needs.registerNonResponseNeeds(event.dataAs(CycleClosed.class, json));
                default -> Log.debugf("Ignoring %s %s: not a needs-service concern", event.type(), event.id());
            }
        });
    }
}
