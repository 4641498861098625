package org.taplatform.needs.tracing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.taplatform.events.SharingConsent;
import org.taplatform.events.Topics;
import org.taplatform.events.survey.ResponseSubmitted;
import org.taplatform.events.survey.StatedNeed;
import org.taplatform.needs.need.ManualNeedResourceTest;
import org.taplatform.testsupport.KafkaTestClient;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestTokens;

/**
 * One trace across the Kafka hops (events library, EventTracing): an event carries the W3C trace context of what
 * recorded it as CloudEvents' traceparent (the ce_traceparent header), and the consumer applies it in a span of that
 * trace, whose own events carry it on.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class EventTraceContextTest {

    @Inject
    ObjectMapper json;

    @Inject
    RecordedSpans spans;

    @Test
    void shouldSendTheRequestsTraceWithTheEventItRecords() {
        String trace = randomHex(16);
        String callersSpan = randomHex(8);
        String needId = given().auth().oauth2(TestTokens.coordinator()).header("traceparent",
                "00-" + trace + "-" + callersSpan + "-01").contentType("application/json")
                .body(ManualNeedResourceTest.request("TUV", "UNTOC", "LEGAL.DRAFTING")).when().post("/api/v1/needs")
                .then().statusCode(201).extract().path("id");

        String traceparent = traceparentOf(announced(needId));
        assertThat(traceparent).as("the request's trace, from the span that recorded the need")
                .matches("00-" + trace + "-[0-9a-f]{16}-01").doesNotContain(callersSpan);
        assertThat(spans.ofTrace(trace)).anyMatch(span -> span.getKind() == SpanKind.SERVER
                && span.getParentSpanId().equals(callersSpan));
    }

    @Test
    void shouldApplyAnEventInASpanOfItsTraceAndCarryTheTraceOn() throws Exception {
        String trace = randomHex(16);
        String producersSpan = randomHex(8);
        UUID needId = UUID.randomUUID();
        ResponseSubmitted submitted = new ResponseSubmitted(UUID.randomUUID(), UUID.randomUUID(), "TUV", "UNTOC", 1, 1,
                "en", "focal-tuv", Instant.now(), List.of(new StatedNeed(needId, "LEGAL.DRAFTING", "5", null, List.of(),
                        "HIGH", "stated in a traced response", SharingConsent.PROVIDERS_AND_DONORS)));
        var headers = new java.util.HashMap<>(KafkaTestClient.cloudEventHeaders(UUID.randomUUID().toString(),
                ResponseSubmitted.TYPE, submitted.responseId().toString()));
        headers.put("ce_traceparent", "00-" + trace + "-" + producersSpan + "-01");
        KafkaTestClient.send(Topics.SURVEY_RESPONSES, "TUV", json.writeValueAsString(submitted), headers);

        String traceparent = traceparentOf(announced(needId.toString()));
        SpanData consumed = spans.ofTrace(trace).stream().filter(span -> span.getKind() == SpanKind.CONSUMER)
                .findFirst().orElseThrow(() -> new AssertionError("no consumer span in trace " + trace));
        assertThat(consumed.getParentSpanId()).as("the producer's span is its parent").isEqualTo(producersSpan);
        assertThat(consumed.getName()).isEqualTo(Topics.SURVEY_RESPONSES + " process");
        assertThat(consumed.getAttributes().asMap().toString()).contains(ResponseSubmitted.TYPE, "needs-service");
        assertThat(traceparent).as("the need registered while applying it carries the trace on, from that span")
                .isEqualTo("00-" + trace + "-" + consumed.getSpanId() + "-01");
    }

    @Test
    void shouldStartATraceForAnEventThatCarriesNone() throws Exception {
        UUID needId = UUID.randomUUID();
        ResponseSubmitted submitted = new ResponseSubmitted(UUID.randomUUID(), UUID.randomUUID(), "TUV", "UNTOC", 1, 1,
                "en", "focal-tuv", Instant.now(), List.of(new StatedNeed(needId, "LEGAL.DRAFTING", "5", null, List.of(),
                        "HIGH", "stated by an untraced producer", SharingConsent.PROVIDERS_AND_DONORS)));
        KafkaTestClient.send(Topics.SURVEY_RESPONSES, "TUV", json.writeValueAsString(submitted), KafkaTestClient
                .cloudEventHeaders(UUID.randomUUID().toString(), ResponseSubmitted.TYPE, submitted.responseId().toString()));

        String traceparent = traceparentOf(announced(needId.toString()));
        String trace = traceparent.split("-")[1];
        assertThat(spans.ofTrace(trace)).as("the consumer's span is the root of a trace of its own")
                .anyMatch(span -> span.getKind() == SpanKind.CONSUMER && !span.getParentSpanContext().isValid());
    }

    private static ConsumerRecord<String, String> announced(String needId) {
        return KafkaTestClient.awaitRecords(Topics.NEEDS, r -> needId.equals(KafkaTestClient.header(r, "ce_subject")),
                Duration.ofSeconds(30)).get(0);
    }

    private static String traceparentOf(ConsumerRecord<String, String> record) {
        String traceparent = KafkaTestClient.header(record, "ce_traceparent");
        assertThat(traceparent).as("ce_traceparent of " + KafkaTestClient.header(record, "ce_type")).isNotNull();
        return traceparent;
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        random[0] |= 1; // never all zeros, which W3C forbids
        return HexFormat.of().formatHex(random);
    }
}
