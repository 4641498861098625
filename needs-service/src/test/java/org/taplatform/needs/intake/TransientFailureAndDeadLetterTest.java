package org.taplatform.needs.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taplatform.events.SharingConsent;
import org.taplatform.events.Topics;
import org.taplatform.events.needs.NeedRegistered;
import org.taplatform.events.survey.ResponseSubmitted;
import org.taplatform.events.survey.StatedNeed;
import org.taplatform.testsupport.KafkaTestClient;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestTokens;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A failure that passes is retried in place; one that never passes is a dead letter, kept until a coordinator replays
 * it after the fix. The failures come from the real database: a trigger on {@code need} raises the SQLSTATE a fault
 * gives (40001, a serialization failure, passes; 23514, a check violation, never does) for needs whose description
 * starts with "fault-injection", while the test wants it to.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class TransientFailureAndDeadLetterTest {

    private static final String CONSUMER = SurveyEventsConsumer.CONSUMER;

    @Inject
    ObjectMapper json;

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource(value = "health", management = true)
    java.net.URL health;

    @BeforeEach
    void installFaultTrigger() throws SQLException {
        sql("""
                create table if not exists injected_fault (sqlstate char(5) not null);
                delete from injected_fault;
                create or replace function inject_fault() returns trigger language plpgsql as $$
                declare state char(5);
                begin
                    if new.description like 'fault-injection%' then
                        select sqlstate into state from injected_fault limit 1;
                        if state is not null then
                            raise exception 'injected fault %', state using errcode = state;
                        end if;
                    end if;
                    return new;
                end $$;
                drop trigger if exists inject_fault on need;
                create trigger inject_fault before insert on need for each row execute function inject_fault();
                """);
    }

    @AfterEach
    void removeFaultTrigger() throws SQLException {
        sql("drop trigger if exists inject_fault on need; drop table if exists injected_fault");
    }

    @Test
    void shouldRetryATransientFailureInPlaceAndReportTheConsumerNotReadyMeanwhile() throws Exception {
        sql("insert into injected_fault values ('40001')"); // serialization failure: passes
        UUID needId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        publish(eventId, submitted("TUV", needId));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath ready = given().when().get(health + "/ready").then().statusCode(503).extract().jsonPath();
            assertThat(ready.getString("checks.find { it.name == 'Event consumers' }.status")).isEqualTo("DOWN");
            assertThat(ready.getString("checks.find { it.name == 'Event consumers' }.data.'" + CONSUMER + "'"))
                    .contains("waiting since").contains("injected fault");
        });
        given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/needs/" + needId).then().statusCode(404);

        sql("delete from injected_fault"); // the dependency is back
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.coordinator())
                .when().get("/api/v1/needs/" + needId).then().statusCode(200).body("country", equalTo("TUV")));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().when().get(health + "/ready").then()
                .body("checks.find { it.name == 'Event consumers' }.status", equalTo("UP")));
        assertThat(deadLettersOf(eventId)).as("a transient failure is never a dead letter").isZero();
        assertThat(KafkaTestClient.awaitRecords(Topics.NEEDS,
                r -> needId.toString().equals(KafkaTestClient.header(r, "ce_subject")), Duration.ofSeconds(30)))
                .as("registered once").hasSize(1);
    }

    @Test
    void shouldFileAFailureThatNeverPassesAsADeadLetterAndApplyItOnceWhenACoordinatorReplaysIt() throws Exception {
        sql("insert into injected_fault values ('23514')"); // check violation: fails every time
        UUID needId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        publish(eventId, submitted("NRU", needId));

        await().atMost(Duration.ofSeconds(30)).until(() -> deadLettersOf(eventId) == 1);
        JsonPath list = given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/dead-letters?limit=500")
                .then().statusCode(200).extract().jsonPath();
        assertThat(list.getLong("waiting")).isPositive();
        String letter = "items.find { it.eventId == '" + eventId + "' }";
        assertThat(list.getString(letter + ".consumer")).isEqualTo(CONSUMER);
        assertThat(list.getString(letter + ".topic")).isEqualTo(Topics.SURVEY_RESPONSES);
        assertThat(list.getString(letter + ".eventType")).isEqualTo(ResponseSubmitted.TYPE);
        assertThat(list.getString(letter + ".reason")).contains("injected fault 23514");
        assertThat(list.getString(letter + ".replayedAt")).isNull();
        long id = list.getLong(letter + ".id");
        assertThat(KafkaTestClient.awaitRecords(Topics.deadLetterTopicOf("needs-service"),
                r -> eventId.equals(KafkaTestClient.header(r, "ce_id")), Duration.ofSeconds(30)))
                .as("on the dead-letter topic too").hasSize(1);
        given().when().get(health + "/well").then().statusCode(503)
                .body("checks.find { it.name == 'Dead letters' }.status", equalTo("DOWN"));

        // only coordinators see and replay dead letters
        given().when().get("/api/v1/dead-letters").then().statusCode(401);
        given().auth().oauth2(TestTokens.donor("XI-DEMO-NORLAND-MFA")).when().get("/api/v1/dead-letters")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.focalPoint("NRU")).when().post("/api/v1/dead-letters/" + id + "/replay")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/dead-letters?state=some")
                .then().statusCode(400).body("violations.field", hasItem("state"));
        given().auth().oauth2(TestTokens.coordinator()).when().post("/api/v1/dead-letters/987654321/replay")
                .then().statusCode(404).body("type", containsString("not-found"));

        sql("delete from injected_fault"); // the fix
        String replayedAt = given().auth().oauth2(TestTokens.coordinator()).when()
                .post("/api/v1/dead-letters/" + id + "/replay").then().statusCode(200)
                .body("replayedAt", notNullValue()).body("replayedBy", notNullValue())
                .extract().path("replayedAt");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.coordinator())
                .when().get("/api/v1/needs/" + needId).then().statusCode(200).body("country", equalTo("NRU")));

        // replaying again publishes nothing and changes nothing
        given().auth().oauth2(TestTokens.coordinator()).when().post("/api/v1/dead-letters/" + id + "/replay")
                .then().statusCode(200).body("replayedAt", equalTo(replayedAt));
        assertThat(KafkaTestClient.awaitRecords(Topics.SURVEY_RESPONSES,
                r -> eventId.equals(KafkaTestClient.header(r, "ce_id")), Duration.ofSeconds(30)))
                .as("the original and one replay").hasSize(2);
        assertThat(KafkaTestClient.awaitRecords(Topics.NEEDS,
                r -> needId.toString().equals(KafkaTestClient.header(r, "ce_subject"))
                        && NeedRegistered.TYPE.equals(KafkaTestClient.header(r, "ce_type")), Duration.ofSeconds(30)))
                .as("registered once").hasSize(1);
        given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/dead-letters?state=all&limit=500")
                .then().statusCode(200).body("items.find { it.id == " + id + " }.replayedAt", equalTo(replayedAt));
        // replaying all that waits leaves a replayed letter alone; only coordinators may
        given().auth().oauth2(TestTokens.donor("XI-DEMO-NORLAND-MFA")).when().post("/api/v1/dead-letters/replay")
                .then().statusCode(403);
        List<Integer> replayedByAll = given().auth().oauth2(TestTokens.coordinator()).when()
                .post("/api/v1/dead-letters/replay").then().statusCode(200).extract().path("replayed");
        assertThat(replayedByAll).doesNotContain((int) id);
    }

    @Test
    void shouldAnswer503WithRetryAfterAndWriteNothingWhileTheDatabaseRefusesForAMoment() throws Exception {
        sql("insert into injected_fault values ('57P03')"); // "the database system is starting up"
        var body = new java.util.HashMap<String, Object>(org.taplatform.needs.need.ManualNeedResourceTest
                .request("TUV", "UNTOC", "LEGAL.DRAFTING"));
        body.put("description", "fault-injection: recorded while the database starts");
        given().auth().oauth2(TestTokens.coordinator()).contentType("application/json").body(body)
                .when().post("/api/v1/needs").then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", containsString("unavailable"))
                .body("detail", containsString("nothing was changed"));
        assertThat(needsDescribed("fault-injection: recorded while the database starts")).isZero();

        sql("delete from injected_fault");
        given().auth().oauth2(TestTokens.coordinator()).contentType("application/json").body(body)
                .when().post("/api/v1/needs").then().statusCode(201);
        assertThat(needsDescribed("fault-injection: recorded while the database starts")).isOne();
    }

    private long needsDescribed(String description) throws SQLException {
        return count("select count(*) from need where description = ?", description);
    }

    private ResponseSubmitted submitted(String country, UUID needId) {
        return new ResponseSubmitted(UUID.randomUUID(), UUID.randomUUID(), country, "UNTOC", 1, 1, "en",
                "focal-" + country, Instant.now(), List.of(new StatedNeed(needId, "LEGAL.DRAFTING", "5", null,
                        List.of(), "HIGH", "fault-injection: stated in a test", SharingConsent.PUBLIC)));
    }

    private void publish(String eventId, ResponseSubmitted response) throws Exception {
        KafkaTestClient.send(Topics.SURVEY_RESPONSES, response.country(), json.writeValueAsString(response),
                KafkaTestClient.cloudEventHeaders(eventId, ResponseSubmitted.TYPE, response.responseId().toString()));
    }

    private long deadLettersOf(String eventId) throws SQLException {
        return count("select count(*) from dead_letter where event_id = ?", eventId);
    }

    private long count(String query, String parameter) throws SQLException {
        try (var connection = dataSource.getConnection(); var count = connection.prepareStatement(query)) {
            count.setString(1, parameter);
            try (var rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private void sql(String statements) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute(statements);
        }
    }
}
