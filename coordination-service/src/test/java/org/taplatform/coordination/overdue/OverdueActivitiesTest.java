package org.taplatform.coordination.overdue;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.taplatform.coordination.index.ReadModelIndex;
import org.taplatform.coordination.need.NeedReadModel;
import org.taplatform.events.EventContract;
import org.taplatform.events.NeedSource;
import org.taplatform.events.SharingConsent;
import org.taplatform.events.Topics;
import org.taplatform.events.coordination.ActivityOverdue;
import org.taplatform.events.needs.NeedRegistered;
import org.taplatform.events.registry.ActivityRegistered;
import org.taplatform.events.registry.ActivitySnapshot;
import org.taplatform.events.registry.ActivityUpdated;
import org.taplatform.testsupport.KafkaTestClient;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestTokens;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * An activity still reported in implementation long after its end (beyond the grace): not live for overlaps, not under way for the
 * need it names, in its organisation's list of activities to update, announced once however often (and however many
 * replicas) look; its update makes it count again.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class OverdueActivitiesTest {

    @Inject
    ObjectMapper json;
    @Inject
    OverdueActivities overdue;
    @Inject
    ReadModelIndex index;

    /** Further back than the test profile's century of grace (coordination.activities.update-grace=P100Y). */
    static final LocalDate LONG_AGO = LocalDate.now().minusYears(102);

    String organisation = "XI-TEST-LATE-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    private void publish(String topic, String key, String subject, EventContract event) throws Exception {
        KafkaTestClient.send(topic, key, json.writeValueAsString(event),
                KafkaTestClient.cloudEventHeaders(UUID.randomUUID().toString(), event.eventType(), subject));
    }

    private ActivitySnapshot activity(UUID id, UUID need, LocalDate end) {
        return new ActivitySnapshot(id, organisation + "-1", organisation, Map.of("en", "Judges' training in Gaborone"),
                Map.of("en", "Workshops for judges"), "2", end.minusMonths(6), end, null, null, List.of(),
                List.of(new ActivitySnapshot.Recipient("BWA", BigDecimal.valueOf(100))), List.of(), List.of(),
                List.of("TRAINING.JUSTICE_OFFICIALS"), List.of("UNTOC"), List.of(), List.of("JUDGES"), List.of(need),
                null);
    }

    @Test
    void shouldStopCountingAnActivityLongPastItsEndListItAndAnnounceItOnce() throws Exception {
        UUID need = UUID.randomUUID();
        publish(Topics.NEEDS, "BWA", need.toString(), new NeedRegistered(need, "BWA", "UNTOC", null, "TRAINING",
                "TRAINING.JUSTICE_OFFICIALS", null, List.of("JUDGES"), "Training of judges", "HIGH",
                NeedSource.SURVEY, SharingConsent.PUBLIC, null, null, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> index.need(need).isPresent());
        UUID id = UUID.randomUUID();
        publish(Topics.REGISTRY_ACTIVITIES, "BWA", id.toString(), new ActivityRegistered(id, organisation + "-1", "BWA",
                activity(id, need, LONG_AGO), Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> index.activity(id).isPresent());

        // counts for nothing: not live, and the need it names stays unmet
        assertThat(index.activity(id).orElseThrow().isLive()).isFalse();
        assertThat(index.activity(id).orElseThrow().fact().overdue()).isTrue();
        assertThat(QuarkusTransaction.requiringNew().call(() -> NeedReadModel.<NeedReadModel>findById(need)
                .coverageStatus)).isIn(null, "OPEN");
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body(Map.of(
                "organisation", "XI-TEST-PLANNER", "titles", Map.of("en", "Judges' training in Gaborone"),
                "recipientCountries", List.of("BWA"), "taSubtypes", List.of("TRAINING.JUSTICE_OFFICIALS"))).when()
                .post("/api/v1/overlaps/check").then().statusCode(200)
                .body("overlaps.iatiIdentifier", not(hasItem(organisation + "-1")));

        // its organisation's list to update; nobody else's
        String own = TestTokens.token("officer", Set.of("partner"), Map.of("organisation", organisation));
        given().auth().oauth2(own).when().get("/api/v1/organisations/" + organisation + "/overdue-activities").then()
                .statusCode(200).body("items.iatiIdentifier", equalTo(List.of(organisation + "-1")))
                .body("items[0].end", equalTo(LONG_AGO.toString()));
        given().auth().oauth2(TestTokens.coordinator()).when()
                .get("/api/v1/organisations/" + organisation + "/overdue-activities").then().statusCode(200)
                .body("items.size()", equalTo(1));
        given().auth().oauth2(TestTokens.token("other", Set.of("partner"), Map.of("organisation", "XI-TEST-OTHER")))
                .when().get("/api/v1/organisations/" + organisation + "/overdue-activities").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.focalPoint("BWA")).when()
                .get("/api/v1/organisations/" + organisation + "/overdue-activities").then().statusCode(403);

        // announced once, however many runs (of however many replicas) look, at once
        List<Integer> runs = List.of(1, 2, 3).parallelStream().map(run -> overdue.announceDue()).toList();
        assertThat(runs.stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(1);
        assertThat(overdue.announceDue()).isZero();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(KafkaTestClient.readAll(
                Topics.COORDINATION_EVENTS).stream().filter(r -> id.toString().equals(KafkaTestClient.header(r,
                        "ce_subject")) && ActivityOverdue.TYPE.equals(KafkaTestClient.header(r, "ce_type"))))
                .hasSize(1));

        // updated with new dates: it counts again, and leaves the list
        publish(Topics.REGISTRY_ACTIVITIES, "BWA", id.toString(), new ActivityUpdated(id, organisation + "-1", "BWA",
                activity(id, need, LocalDate.now().plusMonths(3)), 2, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> index.activity(id).map(a -> a.isLive()).orElse(false));
        await().atMost(Duration.ofSeconds(30)).until(() -> "IN_PROGRESS".equals(QuarkusTransaction.requiringNew()
                .call(() -> NeedReadModel.<NeedReadModel>findById(need).coverageStatus)));
        given().auth().oauth2(own).when().get("/api/v1/organisations/" + organisation + "/overdue-activities").then()
                .statusCode(200).body("items.size()", equalTo(0));
    }
}
