package org.taplatform.events.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.taplatform.events.inbox.IncomingEvent;

/**
 * A trace across the Kafka hops: the W3C trace context of whatever recorded an event (a request, or the application
 * of another event) travels with it as the CloudEvents Distributed Tracing extension ({@code traceparent}; in Kafka's
 * binary mode the {@code ce_traceparent} header), and each consumer applies the event in a span that continues that
 * trace. The outbox keeps the context with the event, since the relay sends it later, from another thread; so a
 * survey submission, the need it registers and the match proposed for it share one trace id.
 */
@ApplicationScoped
public class EventTracing {

    /** The CloudEvents extension attribute (its Kafka header is {@code ce_traceparent}). */
    public static final String TRACEPARENT = "traceparent";

    private static final TextMapGetter<String> ONE_TRACEPARENT = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String traceparent) {
            return List.of(TRACEPARENT);
        }

        @Override
        public String get(String traceparent, String key) {
            return TRACEPARENT.equals(key) ? traceparent : null;
        }
    };

    private final Tracer tracer;

    EventTracing(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer("org.taplatform.events");
    }

    /**
     * The current span's context as a {@code traceparent} value ({@code 00-<trace id>-<span id>-<flags>}), or null
     * when there is none (work that no request or event started). Sampled or not, the ids are carried.
     */
    public static String currentTraceparent() {
        SpanContext context = Span.current().getSpanContext();
        if (!context.isValid()) {
            return null;
        }
        return "00-" + context.getTraceId() + "-" + context.getSpanId() + "-" + context.getTraceFlags().asHex();
    }

    /**
     * Applies an incoming event in a consumer span ({@code <topic> process}), the child of the span that recorded
     * it, or the root of a new trace when the event carries no context; what the effect records in the outbox
     * carries this span's context on.
     */
    public void applying(String consumer, IncomingEvent event, Runnable effect) {
        Context parent = event.traceparent() == null ? Context.root()
                : W3CTraceContextPropagator.getInstance().extract(Context.root(), event.traceparent(), ONE_TRACEPARENT);
        Span span = tracer.spanBuilder(event.topic() + " process").setSpanKind(SpanKind.CONSUMER).setParent(parent)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", event.topic())
                .setAttribute("messaging.destination.partition.id", Integer.toString(event.partition()))
                .setAttribute("messaging.kafka.offset", event.offset())
                .setAttribute("messaging.consumer.group.name", consumer)
                .setAttribute("messaging.message.id", event.id())
                .setAttribute("cloudevents.event_id", event.id())
                .setAttribute("cloudevents.event_type", event.type())
                .setAttribute("cloudevents.event_subject", event.subject() == null ? "" : event.subject())
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            effect.run();
        } catch (RuntimeException failed) {
            span.recordException(failed);
            span.setStatus(StatusCode.ERROR);
            throw failed;
        } finally {
            span.end();
        }
    }
}
