package org.taplatform.needs.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;
import org.taplatform.events.SharingConsent;
import org.taplatform.events.Topics;
import org.taplatform.events.survey.ResponseSubmitted;
import org.taplatform.events.survey.StatedNeed;
import org.taplatform.testsupport.KafkaTestClient;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestTokens;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.commit.KafkaCommitHandler;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;

/**
 * A poll of several survey events, handed to the consumer as the Kafka connector does (a batch of records, each
 * acknowledged or refused on its own), so that what one poll holds is certain: every event of a good poll applied and
 * acknowledged; a poison record refused alone while the others' needs are registered; a redelivered poll changes
 * nothing.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class SurveyEventPollsTest {

    @Inject
    SurveyEventsConsumer consumer;

    @Inject
    ObjectMapper json;

    private static final String NAME = "test-record-name";

    /** What the records were told, by name. */
    final List<String> acked = new CopyOnWriteArrayList<>();
    final List<String> nacked = new CopyOnWriteArrayList<>();

    @Test
    void shouldRegisterTheNeedsOfEveryEventOfAPollAndAcknowledgeEach() throws Exception {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        List<KafkaRecord<String, String>> records = List.of(submitted("first", "KEN", first),
                submitted("second", "UGA", second));

        consumer.onSurveyEvents(new Poll(records)).toCompletableFuture().get(30, TimeUnit.SECONDS);

        assertThat(nacked).isEmpty();
        assertThat(acked).containsExactly("first", "second");
        assertNeedExists(first);
        assertNeedExists(second);
    }

    @Test
    void shouldRefuseAPoisonRecordAloneAndApplyTheOthersOfItsPoll() throws Exception {
        UUID before = UUID.randomUUID();
        UUID after = UUID.randomUUID();
        List<KafkaRecord<String, String>> records = List.of(submitted("before", "GHA", before),
                record("poison", ResponseSubmitted.TYPE, "GHA", "{this is not json"),
                submitted("after", "GHA", after));

        consumer.onSurveyEvents(new Poll(records)).toCompletableFuture().get(30, TimeUnit.SECONDS);

        assertNeedExists(before);
        assertNeedExists(after);
        assertThat(acked).containsExactly("before", "after");
        assertThat(nacked).as("only the poison record goes to the dead-letter topic").containsExactly("poison");
    }

    @Test
    void shouldRefuseAPollOfOnePoisonRecordOnce() throws Exception {
        List<KafkaRecord<String, String>> records = List.of(record("alone", ResponseSubmitted.TYPE, "GHA", "[]"));

        consumer.onSurveyEvents(new Poll(records)).toCompletableFuture().get(30, TimeUnit.SECONDS);

        assertThat(nacked).containsExactly("alone");
        assertThat(acked).isEmpty();
    }

    @Test
    void shouldChangeNothingWhenAPollIsDeliveredAgain() throws Exception {
        UUID need = UUID.randomUUID();
        List<KafkaRecord<String, String>> records = List.of(submitted("again", "TZA", need));
        consumer.onSurveyEvents(new Poll(records)).toCompletableFuture().get(30, TimeUnit.SECONDS);
        String firstVersion = needVersion(need);

        consumer.onSurveyEvents(new Poll(records)).toCompletableFuture().get(30, TimeUnit.SECONDS);

        assertThat(needVersion(need)).as("the inbox skips the redelivered event").isEqualTo(firstVersion);
        assertThat(acked).containsExactly("again", "again");
    }

    private KafkaRecord<String, String> submitted(String eventId, String country, UUID needId) throws Exception {
        ResponseSubmitted response = new ResponseSubmitted(UUID.randomUUID(), UUID.randomUUID(), country, "UNTOC", 1, 1,
                "en", "focal-" + country, Instant.now(), List.of(new StatedNeed(needId, "TRAINING.LAW_ENFORCEMENT", "5",
                        null, List.of(), "HIGH", "stated in a poll", SharingConsent.PUBLIC)));
        return record(eventId, ResponseSubmitted.TYPE, country, json.writeValueAsString(response));
    }

    /** A record as the connector hands it over: the Kafka record, acknowledged or refused through its handlers. */
    private KafkaRecord<String, String> record(String name, String type, String key, String value) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(Topics.SURVEY_RESPONSES, 0, 0, key, value);
        KafkaTestClient.cloudEventHeaders(UUID.randomUUID().toString(), type, key)
                .forEach((header, text) -> record.headers().add(header, text.getBytes(StandardCharsets.UTF_8)));
        record.headers().add(NAME, name.getBytes(StandardCharsets.UTF_8));
        return new IncomingKafkaRecord<>(record, "survey-responses", 0, commits, failures, false, false);
    }

    private final KafkaCommitHandler commits = new KafkaCommitHandler() {
        @Override
        public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record) {
            acked.add(name(record));
            return Uni.createFrom().voidItem();
        }
    };

    private final KafkaFailureHandler failures = new KafkaFailureHandler() {
        @Override
        public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
            nacked.add(name(record));
            return Uni.createFrom().voidItem();
        }
    };

    private static String name(IncomingKafkaRecord<?, ?> record) {
        return new String(record.getHeaders().lastHeader(NAME).value(), StandardCharsets.UTF_8);
    }

    private static void assertNeedExists(UUID needId) {
        given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/needs/" + needId).then().statusCode(200);
    }

    private static String needVersion(UUID needId) {
        return given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/needs/" + needId).then()
                .statusCode(200).extract().header("ETag");
    }

    /** The connector's batch of one poll: acknowledging it acknowledges each record. */
    record Poll(List<KafkaRecord<String, String>> records) implements KafkaRecordBatch<String, String> {

        @Override
        public List<KafkaRecord<String, String>> getRecords() {
            return records;
        }

        @Override
        public Map<TopicPartition, KafkaRecord<String, String>> getLatestOffsetRecords() {
            return Map.of();
        }

        @Override
        public List<String> getPayload() {
            List<String> payloads = new ArrayList<>();
            records.forEach(record -> payloads.add(record.getPayload()));
            return payloads;
        }

        @Override
        public Iterator<KafkaRecord<String, String>> iterator() {
            return records.iterator();
        }

        @Override
        public CompletionStage<Void> ack(Metadata metadata) {
            records.forEach(record -> record.ack(metadata));
            return CompletableFuture.completedFuture(null);
        }
    }
}
