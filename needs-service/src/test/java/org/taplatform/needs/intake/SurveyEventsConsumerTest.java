package org.taplatform.needs.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.taplatform.events.SharingConsent;
import org.taplatform.events.Topics;
import org.taplatform.events.needs.NeedRegistered;
import org.taplatform.events.survey.CycleClosed;
import org.taplatform.events.needs.NeedUpdated;
import org.taplatform.events.needs.NeedWithdrawn;
import org.taplatform.events.survey.ResponseAmended;
import org.taplatform.events.survey.ResponseReopened;
import org.taplatform.events.survey.ResponseSubmitted;
import org.taplatform.events.survey.StatedNeed;
import org.taplatform.testsupport.KafkaTestClient;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestTokens;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class SurveyEventsConsumerTest {

    @Inject
    ObjectMapper json;

    @Test
    void shouldRegisterTheStatedNeedsOfASubmittedResponseAndAnnounceThem() throws Exception {
        UUID needId = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), submitted("KEN", needId, "LEGAL.DRAFTING", SharingConsent.PROVIDERS_AND_DONORS));

        awaitNeed(needId);
        given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/needs/" + needId)
                .then().statusCode(200)
                .body("country", equalTo("KEN"))
                .body("taType", equalTo("LEGAL"))
                .body("source", equalTo("SURVEY"))
                .body("status", equalTo("OPEN"))
                .body("consent", equalTo("PROVIDERS_AND_DONORS"));

        var announced = KafkaTestClient.awaitRecords(Topics.NEEDS,
                r -> needId.toString().equals(KafkaTestClient.header(r, "ce_subject")), Duration.ofSeconds(30));
        assertThat(announced).hasSize(1);
        assertThat(announced.get(0).key()).isEqualTo("KEN");
        assertThat(KafkaTestClient.header(announced.get(0), "ce_type")).isEqualTo(NeedRegistered.TYPE);
        NeedRegistered payload = json.readValue(announced.get(0).value(), NeedRegistered.class);
        assertThat(payload.consent()).as("the consent travels with the event").isEqualTo(SharingConsent.PROVIDERS_AND_DONORS);
    }

    @Test
    void shouldReplaceTheNeedsOfAnAmendedResponseAndWithdrawThoseOfAReopenedOne() throws Exception {
        UUID responseId = UUID.randomUUID();
        UUID cycleId = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        UUID dropped = UUID.randomUUID();
        UUID added = UUID.randomUUID();
        StatedNeed keptNeed = new StatedNeed(kept, "LEGAL.DRAFTING", "5", null, List.of(), "HIGH", "kept", SharingConsent.PUBLIC);
        publish(UUID.randomUUID().toString(), new ResponseSubmitted(responseId, cycleId, "UGA", "UNTOC", 1, 1, "en",
                "focal-uga", Instant.now(), List.of(keptNeed,
                        new StatedNeed(dropped, "DATA.RESEARCH", null, null, List.of(), "LOW", "dropped", SharingConsent.PUBLIC))));
        awaitNeed(dropped);

        ResponseAmended amended = new ResponseAmended(responseId, cycleId, "UGA", "UNTOC", 1, 2, 1, "new law", "en",
                "focal-uga", Instant.now(), List.of(
                        new StatedNeed(kept, "LEGAL.DRAFTING", "5", null, List.of(), "MEDIUM", "kept", SharingConsent.PUBLIC),
                        new StatedNeed(added, "TRAINING.LAW_ENFORCEMENT", null, null, List.of(), "HIGH", "added",
                                SharingConsent.PUBLIC)));
        KafkaTestClient.send(Topics.SURVEY_RESPONSES, "UGA", json.writeValueAsString(amended),
                KafkaTestClient.cloudEventHeaders(UUID.randomUUID().toString(), ResponseAmended.TYPE, responseId.toString()));
        awaitNeed(added);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.coordinator())
                .when().get("/api/v1/needs/" + dropped).then().statusCode(200).body("status", equalTo("WITHDRAWN")));
        given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/needs/" + kept)
                .then().body("priority", equalTo("MEDIUM")).body("status", equalTo("OPEN"));
        assertThat(KafkaTestClient.awaitRecords(Topics.NEEDS, r -> dropped.toString().equals(KafkaTestClient.header(r, "ce_subject"))
                && NeedWithdrawn.TYPE.equals(KafkaTestClient.header(r, "ce_type")), Duration.ofSeconds(30))).hasSize(1);
        assertThat(KafkaTestClient.awaitRecords(Topics.NEEDS, r -> kept.toString().equals(KafkaTestClient.header(r, "ce_subject"))
                && NeedUpdated.TYPE.equals(KafkaTestClient.header(r, "ce_type")), Duration.ofSeconds(30))).hasSize(1);

        ResponseReopened reopened = new ResponseReopened(responseId, cycleId, "UGA", "UNTOC", 2, List.of(kept, added),
                "section 2 missing", "coordinator", Instant.now());
        KafkaTestClient.send(Topics.SURVEY_RESPONSES, "UGA", json.writeValueAsString(reopened),
                KafkaTestClient.cloudEventHeaders(UUID.randomUUID().toString(), ResponseReopened.TYPE, responseId.toString()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.coordinator())
                .when().get("/api/v1/needs/" + added).then().body("status", equalTo("WITHDRAWN")));
        // submitted again: its needs are open again
        publish(UUID.randomUUID().toString(), new ResponseSubmitted(responseId, cycleId, "UGA", "UNTOC", 1, 3, "en",
                "focal-uga", Instant.now(), List.of(keptNeed)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.coordinator())
                .when().get("/api/v1/needs/" + kept).then().body("status", equalTo("OPEN")).body("priority", equalTo("HIGH")));
        given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/needs/" + added).then().body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void shouldAssumeAReportingNeedForEachNonRespondentOfAClosedCycle() throws Exception {
        UUID cycleId = UUID.randomUUID();
        UUID needOfChad = UUID.randomUUID();
        CycleClosed closed = new CycleClosed(cycleId, "UNTOC cycle", List.of(new CycleClosed.InstrumentOutcome("UNTOC",
                List.of("KEN", "TCD"), List.of("KEN"), List.of(new CycleClosed.NonRespondent("TCD", needOfChad,
                        "REPORTING.LEGISLATION_REVIEW", "HIGH", SharingConsent.UNODC_ONLY)))),
                "coordinator", Instant.now());
        KafkaTestClient.send(Topics.SURVEY_RESPONSES, cycleId.toString(), json.writeValueAsString(closed),
                KafkaTestClient.cloudEventHeaders(UUID.randomUUID().toString(), CycleClosed.TYPE, cycleId.toString()));

        awaitNeed(needOfChad);
        given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/needs/" + needOfChad)
                .then().statusCode(200)
                .body("country", equalTo("TCD"))
                .body("source", equalTo("NON_RESPONSE"))
                .body("taType", equalTo("REPORTING"))
                .body("consent", equalTo("UNODC_ONLY"));
        given().auth().oauth2(TestTokens.donor("XI-DEMO-NORLAND-MFA")).when().get("/api/v1/needs/" + needOfChad)
                .then().statusCode(404);
    }

    @Test
    void shouldApplyTheSameEventOnceWhenDeliveredTwice() throws Exception {
        String eventId = UUID.randomUUID().toString();
        UUID firstNeed = UUID.randomUUID();
        UUID needOfRedelivery = UUID.randomUUID();
        publish(eventId, submitted("NGA", firstNeed, "DATA.DATABASE", SharingConsent.PUBLIC));
        // the same event id again (as after a consumer crash before its offset commit); were it applied a second
        // time, this payload's need would be registered too
        publish(eventId, submitted("NGA", needOfRedelivery, "DATA.DATABASE", SharingConsent.PUBLIC));
        UUID marker = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), submitted("NGA", marker, "DATA.RESEARCH", SharingConsent.PUBLIC));

        awaitNeed(firstNeed);
        awaitNeed(marker); // same key, same partition: the redelivery was consumed before the marker
        given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/needs/" + needOfRedelivery)
                .then().statusCode(404);
    }

    @Test
    void shouldSendAPoisonMessageToTheDeadLetterTopicAndKeepConsuming() throws Exception {
        // sent together, they mostly arrive in one poll: its transaction fails, and the records are applied one by one
        UUID before = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), submitted("GHA", before, "TRAINING.LAW_ENFORCEMENT", SharingConsent.PUBLIC));
        String poisonId = UUID.randomUUID().toString();
        KafkaTestClient.send(Topics.SURVEY_RESPONSES, "GHA", "{this is not json",
                KafkaTestClient.cloudEventHeaders(poisonId, ResponseSubmitted.TYPE, "broken"));
        KafkaTestClient.send(Topics.SURVEY_RESPONSES, "GHA", "{}", Map.of("unrelated", "not a CloudEvent"));
        UUID next = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), submitted("GHA", next, "TRAINING.LAW_ENFORCEMENT", SharingConsent.PUBLIC));

        awaitNeed(before);
        awaitNeed(next);
        var deadLetters = KafkaTestClient.awaitRecords(Topics.deadLetterTopicOf("needs-service"),
                r -> poisonId.equals(KafkaTestClient.header(r, "ce_id")), Duration.ofSeconds(30));
        assertThat(deadLetters).hasSize(1);
        assertThat(deadLetters.get(0).value()).isEqualTo("{this is not json");
        assertThat(KafkaTestClient.header(deadLetters.get(0), "dead-letter-reason")).contains("does not match");
        assertThat(KafkaTestClient.header(deadLetters.get(0), "dead-letter-topic")).isEqualTo(Topics.SURVEY_RESPONSES);
        var notCloudEvent = KafkaTestClient.awaitRecords(Topics.deadLetterTopicOf("needs-service"),
                r -> "not a CloudEvent".equals(KafkaTestClient.header(r, "unrelated")), Duration.ofSeconds(30));
        assertThat(KafkaTestClient.header(notCloudEvent.get(0), "dead-letter-reason")).contains("ce_id");
    }

    private ResponseSubmitted submitted(String country, UUID needId, String subtype, SharingConsent consent) {
        return new ResponseSubmitted(UUID.randomUUID(), UUID.randomUUID(), country, "UNTOC", 1, 1, "en", "focal-" + country,
                Instant.now(), List.of(new StatedNeed(needId, subtype, "5", null, List.of(), "HIGH", "stated in a test",
                        consent)));
    }

    private void publish(String eventId, ResponseSubmitted response) throws Exception {
        KafkaTestClient.send(Topics.SURVEY_RESPONSES, response.country(), json.writeValueAsString(response),
                KafkaTestClient.cloudEventHeaders(eventId, ResponseSubmitted.TYPE, response.responseId().toString()));
    }

    private static void awaitNeed(UUID needId) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.coordinator())
                .when().get("/api/v1/needs/" + needId).then().statusCode(200));
    }
}
