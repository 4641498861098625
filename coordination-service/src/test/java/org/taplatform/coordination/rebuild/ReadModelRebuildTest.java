package org.taplatform.coordination.rebuild;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.taplatform.coordination.need.NeedReadModel;
import org.taplatform.coordination.provider.ActivityReadModel;
import org.taplatform.coordination.provider.CapabilityReadModel;
import org.taplatform.events.EventContract;
import org.taplatform.events.NeedSource;
import org.taplatform.events.SharingConsent;
import org.taplatform.events.Topics;
import org.taplatform.events.needs.NeedRegistered;
import org.taplatform.events.registry.ActivityRegistered;
import org.taplatform.events.registry.ActivitySnapshot;
import org.taplatform.events.registry.ActivityUpdated;
import org.taplatform.events.registry.CapabilityChanged;
import org.taplatform.events.registry.OrganisationRegistered;
import org.taplatform.testsupport.KafkaTestClient;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestKafka;
import org.taplatform.testsupport.TestTokens;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * The read models rebuilt from the topics equal the live ones; a damaged live model is found by VERIFY and repaired by
 * REPLACE, keeping what coordination derived (coverage).
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class ReadModelRebuildTest {

    @Inject
    ObjectMapper json;

    private void publish(String topic, String key, String subject, EventContract event) throws Exception {
        KafkaTestClient.send(topic, key, json.writeValueAsString(event),
                KafkaTestClient.cloudEventHeaders(UUID.randomUUID().toString(), event.eventType(), subject));
    }

    private static ActivitySnapshot activity(UUID id, String organisation, String title) {
        return new ActivitySnapshot(id, organisation + "-R1", organisation, Map.of("en", title), Map.of("en", "Advice"),
                "2", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), null, null, List.of(),
                List.of(new ActivitySnapshot.Recipient("GNB", BigDecimal.valueOf(100))), List.of(), List.of(),
                List.of("LEGAL.DRAFTING"), List.of("UNTOC"), List.of(), List.of(), List.of(), null);
    }

    /** The live consumers have applied everything on the three topics (another test's events included). */
    private static void awaitLiveConsumersCaughtUp() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        try (Admin admin = Admin.create(config)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin
                        .listConsumerGroupOffsets("coordination-service").partitionsToOffsetAndMetadata().get();
                Set<String> topics = Set.of(Topics.NEEDS, Topics.REGISTRY_ORGANISATIONS, Topics.REGISTRY_ACTIVITIES);
                Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(topics).allTopicNames().get().values()
                        .stream().flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                        .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
                var ends = admin.listOffsets(latest).all().get();
                return ends.entrySet().stream().allMatch(e -> e.getValue().offset() == 0
                        || committed.containsKey(e.getKey()) && committed.get(e.getKey()).offset() >= e.getValue().offset());
            });
        }
    }

    private ValidatableResponse rebuild(String mode) {
        String id = given().auth().oauth2(TestTokens.coordinator()).queryParam("mode", mode).when()
                .post("/api/v1/read-models/rebuilds").then().statusCode(202).extract().path("id");
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().auth().oauth2(TestTokens.coordinator())
                .when().get("/api/v1/read-models/rebuilds/" + id).then().statusCode(200)
                .body("status", equalTo("SUCCEEDED")));
        return given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/read-models/rebuilds/" + id).then();
    }

    @Test
    void shouldRebuildTheSameStateAsTheLiveReadModelsAndRepairADamagedOne() throws Exception {
        UUID need = UUID.randomUUID();
        publish(Topics.NEEDS, "GNB", need.toString(), new NeedRegistered(need, "GNB", "UNTOC", "18", "LEGAL",
                "LEGAL.DRAFTING", null, List.of(), "Regulations", "HIGH", NeedSource.SURVEY,
                SharingConsent.PROVIDERS_AND_DONORS, null, null, Instant.now()));
        String organisation = "XI-TEST-RB-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        publish(Topics.REGISTRY_ORGANISATIONS, organisation, organisation, new OrganisationRegistered(UUID.randomUUID(),
                organisation, "CIVIL_SOCIETY", "21", Map.of("en", "Bissau Law"), List.of("GNB"), List.of(),
                List.of("pt"), null, Instant.now()));
        publish(Topics.REGISTRY_ORGANISATIONS, organisation, organisation, new CapabilityChanged(UUID.randomUUID(),
                organisation, List.of(new CapabilityChanged.Capability(UUID.randomUUID(), "LEGAL.DRAFTING",
                        List.of("UNTOC"), List.of("WORKSHOP"), List.of(), List.of(), List.of(), null)),
                Instant.now()));
        UUID activity = UUID.randomUUID();
        publish(Topics.REGISTRY_ACTIVITIES, "GNB", activity.toString(), new ActivityRegistered(activity,
                organisation + "-R1", "GNB", activity(activity, organisation, "First"), Instant.now()));
        // version 2 arrives before version 1 (another country's copy): the live model and the rebuild keep 2
        publish(Topics.REGISTRY_ACTIVITIES, "GNB", activity.toString(), new ActivityUpdated(activity,
                organisation + "-R1", "GNB", activity(activity, organisation, "Second"), 2, Instant.now()));
        publish(Topics.REGISTRY_ACTIVITIES, "GNB", activity.toString(), new ActivityUpdated(activity,
                organisation + "-R1", "GNB", activity(activity, organisation, "Stale"), 1, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> {
            ActivityReadModel read = ActivityReadModel.findById(activity);
            return read != null && read.version == 2 && NeedReadModel.findById(need) != null;
        }));
        awaitLiveConsumersCaughtUp();

        ValidatableResponse verified = rebuild("VERIFY");
        verified.body("percent", equalTo(100)).body("differences.need_read_model", equalTo(0))
                .body("differences.organisation_read_model", equalTo(0))
                .body("differences.capability_read_model", equalTo(0))
                .body("differences.activity_read_model", equalTo(0)).body("differences.pledge_read_model", equalTo(0));
        long total = ((Number) verified.extract().path("totalEvents")).longValue();
        assertThat(total).isGreaterThanOrEqualTo(6);
        assertThat(((Number) verified.extract().path("appliedEvents")).longValue()).isGreaterThanOrEqualTo(total);

        // damage the live read models: a need's priority changed, an organisation's capability lost
        String coverageBefore = QuarkusTransaction.requiringNew().call(() -> {
            NeedReadModel damaged = NeedReadModel.findById(need);
            damaged.priority = "LOW";
            CapabilityReadModel.delete("organisation", organisation);
            return damaged.coverageStatus;
        });
        rebuild("VERIFY").body("differences.need_read_model", equalTo(2))
                .body("differences.capability_read_model", equalTo(1)).body("differences.activity_read_model", equalTo(0))
                // and how: the damaged need's live row beside its rebuilt one
                .body("differingRows.need_read_model", org.hamcrest.Matchers.hasSize(2))
                .body("differingRows.need_read_model[0]", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.startsWith("live: "), org.hamcrest.Matchers.containsString(need.toString()),
                        org.hamcrest.Matchers.containsString("\"priority\":\"LOW\"")))
                .body("differingRows.need_read_model[1]", org.hamcrest.Matchers.startsWith("rebuilt: "))
                .body("differingRows", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("activity_read_model")));

        rebuild("REPLACE").body("differences.need_read_model", equalTo(0))
                .body("differences.capability_read_model", equalTo(0));
        QuarkusTransaction.requiringNew().run(() -> {
            NeedReadModel repaired = NeedReadModel.findById(need);
            assertThat(repaired.priority).isEqualTo("HIGH");
            assertThat(repaired.coverageStatus).isEqualTo(coverageBefore);
            assertThat(CapabilityReadModel.count("organisation", organisation)).isEqualTo(1);
            assertThat(ActivityReadModel.<ActivityReadModel>findById(activity).titles).containsEntry("en", "Second");
        });
        // the live consumers go on after a replacement, and apply nothing twice
        UUID later = UUID.randomUUID();
        publish(Topics.NEEDS, "GNB", later.toString(), new NeedRegistered(later, "GNB", "UNTOC", "18", "LEGAL",
                "LEGAL.DRAFTING", null, List.of(), "Later", "HIGH", NeedSource.SURVEY, SharingConsent.PUBLIC, null,
                null, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> NeedReadModel.findById(later)) != null);
    }

    @Inject
    io.agroal.api.AgroalDataSource dataSource;

    /**
     * One rebuild at a time whichever replica is asked: while another replica's rebuild runs (its lease renewed), a
     * request here is refused; once that replica stops (its lease lapses), this one runs the rebuild again and ends it.
     */
    @Test
    void shouldRunOneRebuildAtATimeAcrossReplicasAndTakeOverAStoppedOne() throws Exception {
        UUID other = UUID.randomUUID();
        sql("insert into read_model_rebuild (id, mode, status, requested_by, created_at, started_at, claimed_by, "
                + "lease_until) values ('" + other + "', 'VERIFY', 'RUNNING', 'coordinator', now(), now(), "
                + "'another-replica', now() + interval '1 hour')");
        try {
            given().auth().oauth2(TestTokens.coordinator()).queryParam("mode", "VERIFY").when()
                    .post("/api/v1/read-models/rebuilds").then().statusCode(409);

            sql("update read_model_rebuild set lease_until = now() - interval '1 second' where id = '" + other + "'");

            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().auth().oauth2(TestTokens.coordinator())
                    .when().get("/api/v1/read-models/rebuilds/" + other).then().statusCode(200)
                    .body("status", equalTo("SUCCEEDED")));
        } finally {
            sql("update read_model_rebuild set status = 'FAILED' where id = '" + other + "' and status = 'RUNNING'");
        }
    }

    private void sql(String statement) throws java.sql.SQLException {
        try (var connection = dataSource.getConnection(); var run = connection.createStatement()) {
            run.execute(statement);
        }
    }

    @Test
    void shouldLetOnlyCoordinatorsRebuildAndRefuseAnUnknownMode() {
        given().auth().oauth2(TestTokens.donor("XM-DAC-41114")).when().post("/api/v1/read-models/rebuilds").then()
                .statusCode(403);
        given().auth().oauth2(TestTokens.coordinator()).queryParam("mode", "DROP").when()
                .post("/api/v1/read-models/rebuilds").then().statusCode(400);
        given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/read-models/rebuilds/" + UUID.randomUUID())
                .then().statusCode(404);
    }
}
