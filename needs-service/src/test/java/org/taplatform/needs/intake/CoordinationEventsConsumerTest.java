package org.taplatform.needs.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.taplatform.events.SharingConsent;
import org.taplatform.events.Topics;
import org.taplatform.events.coordination.MatchProposed;
import org.taplatform.events.coordination.NeedCoordinationStatusChanged;
import org.taplatform.events.needs.NeedStatusChanged;
import org.taplatform.needs.support.RegisterFixtures;
import org.taplatform.testsupport.KafkaTestClient;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestTokens;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Coordination's status of a need comes back into the register, once, and is announced. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class CoordinationEventsConsumerTest {

    @Inject
    RegisterFixtures fixtures;
    @Inject
    ObjectMapper json;
    @Inject
    AgroalDataSource dataSource;

    private void publish(String eventId, NeedCoordinationStatusChanged event) throws Exception {
        KafkaTestClient.send(Topics.COORDINATION_EVENTS, event.country(), json.writeValueAsString(event),
                KafkaTestClient.cloudEventHeaders(eventId, NeedCoordinationStatusChanged.TYPE, event.needId().toString()));
    }

    private static String statusOf(UUID needId) {
        return given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/needs/" + needId).then()
                .extract().path("status");
    }

    @Test
    void shouldAdoptCoordinationsStatusOnceAndAnnounceIt() throws Exception {
        var stated = RegisterFixtures.need("TRAINING.LAW_ENFORCEMENT", SharingConsent.PUBLIC);
        fixtures.submit(UUID.randomUUID(), "GHA", "UNTOC", stated);
        String eventId = UUID.randomUUID().toString();
        var covered = new NeedCoordinationStatusChanged(stated.needId(), "GHA", SharingConsent.PUBLIC, "COVERED",
                "activity GB-GOV-1-300123 covers it", Instant.now());
        publish(eventId, covered);
        publish(eventId, covered); // delivered twice: applied once

        await().atMost(Duration.ofSeconds(30)).until(() -> "COVERED".equals(statusOf(stated.needId())));
        var announced = KafkaTestClient.awaitRecords(Topics.NEEDS,
                r -> stated.needId().toString().equals(KafkaTestClient.header(r, "ce_subject"))
                        && NeedStatusChanged.TYPE.equals(KafkaTestClient.header(r, "ce_type")), Duration.ofSeconds(30));
        assertThat(announced).hasSize(1);
        assertThat(announced.get(0).value()).contains("\"changedBy\":\"coordination-service\"");
    }

    @Test
    void shouldSendAReportOnAnUnknownNeedToTheDeadLetterTopicAndKeepFlowing() throws Exception {
        UUID unknown = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), new NeedCoordinationStatusChanged(unknown, "GHA", SharingConsent.PUBLIC,
                "MATCHED", null, Instant.now()));
        var stated = RegisterFixtures.need("LEGAL.DRAFTING", SharingConsent.PUBLIC);
        fixtures.submit(UUID.randomUUID(), "GHA", "UNTOC", stated);
        publish(UUID.randomUUID().toString(), new NeedCoordinationStatusChanged(stated.needId(), "GHA",
                SharingConsent.PUBLIC, "MATCHED", "proposed to XI-DEMO-JUSTICE-INSTITUTE", Instant.now()));

        var dead = KafkaTestClient.awaitRecords(Topics.deadLetterTopicOf("needs-service"),
                r -> r.value().contains(unknown.toString()), Duration.ofSeconds(30));
        assertThat(KafkaTestClient.header(dead.get(0), "dead-letter-reason")).contains("not in the register");
        await().atMost(Duration.ofSeconds(30)).until(() -> "MATCHED".equals(statusOf(stated.needId())));
    }

    @Test
    void shouldSkipCoordinationsOtherEventsWithoutATransactionOrATrace() throws Exception {
        String proposalId = UUID.randomUUID().toString();
        // most of the stream: match proposals, no concern of the register (not even parsed)
        KafkaTestClient.send(Topics.COORDINATION_EVENTS, "GHA", "{\"needId\": \"not parsed\"}",
                KafkaTestClient.cloudEventHeaders(proposalId, MatchProposed.TYPE, UUID.randomUUID().toString()));
        var stated = RegisterFixtures.need("TRAINING.JUSTICE_OFFICIALS", SharingConsent.PUBLIC);
        fixtures.submit(UUID.randomUUID(), "GHA", "UNTOC", stated);
        publish(UUID.randomUUID().toString(), new NeedCoordinationStatusChanged(stated.needId(), "GHA",
                SharingConsent.PUBLIC, "MATCHED", "proposed", Instant.now()));

        // the status change after it on the same partition is applied, so the proposal was read before it
        await().atMost(Duration.ofSeconds(30)).until(() -> "MATCHED".equals(statusOf(stated.needId())));
        try (var connection = dataSource.getConnection(); var query = connection.prepareStatement(
                "select count(*) from processed_event where event_id = ?")) {
            query.setString(1, proposalId);
            try (var rows = query.executeQuery()) {
                rows.next();
                assertThat(rows.getInt(1)).isZero();
            }
        }
        assertThat(KafkaTestClient.readAll(Topics.deadLetterTopicOf("needs-service")))
                .noneMatch(r -> proposalId.equals(KafkaTestClient.header(r, "ce_id")));
    }
}
