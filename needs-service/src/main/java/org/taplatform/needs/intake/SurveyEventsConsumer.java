package org.taplatform.needs.intake;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.taplatform.events.inbox.IncomingEvent;
import org.taplatform.events.inbox.PollApplier;
import org.taplatform.events.survey.CycleClosed;
import org.taplatform.events.survey.CycleOpened;
import org.taplatform.events.survey.ResponseAmended;
import org.taplatform.events.survey.ResponseReopened;
import org.taplatform.events.survey.ResponseSubmitted;
import org.taplatform.needs.cycle.CycleTracker;
import org.taplatform.needs.need.NeedService;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Turns survey events into needs and keeps the cycles' expected reporters and respondents, once each: the event id is
 * claimed in the inbox in the transaction that registers the needs, one transaction per poll ({@link PollApplier}:
 * a backlog of submissions costs one commit per poll). An event that cannot be processed throws, which sends it alone
 * to the dead-letter topic.
 */
@ApplicationScoped
public class SurveyEventsConsumer {

    static final String CONSUMER = "needs-service/survey-responses";

    private final NeedService needs;
    private final CycleTracker cycles;
    private final PollApplier polls;
    private final ObjectMapper json;

    SurveyEventsConsumer(NeedService needs, CycleTracker cycles, PollApplier polls, ObjectMapper json) {
        this.needs = needs;
        this.cycles = cycles;
        this.polls = polls;
        this.json = json;
    }

    @Incoming("survey-responses")
    @Blocking
    public CompletionStage<Void> onSurveyEvents(KafkaRecordBatch<String, String> poll) {
        return polls.applyOnce(CONSUMER, poll, this::apply);
    }

    private void apply(IncomingEvent event) {
        switch (event.type()) {
            case ResponseSubmitted.TYPE -> {
                ResponseSubmitted submitted = event.dataAs(ResponseSubmitted.class, json);
                needs.registerStatedNeeds(submitted);
                cycles.responded(submitted);
            }
            case ResponseAmended.TYPE -> needs.replaceStatedNeeds(event.dataAs(ResponseAmended.class, json));
            case ResponseReopened.TYPE -> needs.withdrawNeedsOf(event.dataAs(ResponseReopened.class, json));
            case CycleOpened.TYPE -> cycles.opened(event.dataAs(CycleOpened.class, json));
            case CycleClosed.TYPE -> {
                CycleClosed closed = event.dataAs(CycleClosed.class, json);
                cycles.closed(closed);
                needs.registerNonResponseNeeds(closed);
            }
            default -> Log.debugf("Ignoring %s %s: not a needs-service concern", event.type(), event.id());
        }
    }
}
