package org.taplatform.needs.need;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.taplatform.events.SharingConsent;
import org.taplatform.events.Topics;
import org.taplatform.events.coordination.NeedCoordinationStatusChanged;
import org.taplatform.events.needs.NeedStatusChanged;
import org.taplatform.events.survey.ResponseAmended;
import org.taplatform.events.survey.StatedNeed;
import org.taplatform.needs.support.RegisterFixtures;
import org.taplatform.testsupport.KafkaTestClient;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * One lifecycle across reporting cycles: a later cycle's statements supersede or resolve the State's earlier needs of
 * the instrument, announced as status changes; an amendment or an earlier cycle answered late settles them again.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class CycleSuccessionTest {

    @Inject
    RegisterFixtures fixtures;
    @Inject
    NeedService needs;
    @Inject
    NeedStatusService statuses;

    static Need.Status statusOf(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Need.<Need>findById(id).status);
    }

    @Test
    void shouldSupersedeWhatIsStatedAgainResolveWhatIsNotAndKeepWhatWasCovered() {
        Map<String, List<String>> botswana = Map.of("UNTOC", List.of("BWA"));
        UUID first = fixtures.openCycle("first " + UUID.randomUUID(), LocalDate.of(1981, 1, 1), botswana);
        StatedNeed drafting = RegisterFixtures.need("LEGAL.DRAFTING", SharingConsent.PUBLIC);
        StatedNeed database = RegisterFixtures.need("DATA.DATABASE", SharingConsent.PUBLIC);
        StatedNeed training = RegisterFixtures.need("TRAINING.LAW_ENFORCEMENT", SharingConsent.PUBLIC);
        fixtures.submit(first, "BWA", "UNTOC", drafting, database, training);
        // coordination reports the training covered before the next cycle
        QuarkusTransaction.requiringNew().run(() -> statuses.adopt(new NeedCoordinationStatusChanged(training.needId(),
                "BWA", SharingConsent.PUBLIC, "COVERED", "delivered", Instant.now())));

        String secondName = "second " + UUID.randomUUID();
        UUID second = fixtures.openCycle(secondName, LocalDate.of(1982, 1, 1), botswana);
        StatedNeed draftingAgain = RegisterFixtures.need("LEGAL.DRAFTING", SharingConsent.PUBLIC);
        UUID response = fixtures.submit(second, "BWA", "UNTOC", draftingAgain);

        assertThat(statusOf(drafting.needId())).isEqualTo(Need.Status.SUPERSEDED);
        assertThat(statusOf(database.needId())).isEqualTo(Need.Status.RESOLVED);
        assertThat(statusOf(training.needId())).isEqualTo(Need.Status.COVERED);
        assertThat(statusOf(draftingAgain.needId())).isEqualTo(Need.Status.OPEN);
        given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/needs/" + drafting.needId()).then()
                .statusCode(200).body("status", equalTo("SUPERSEDED"))
                .body("statusReason", equalTo("stated again in " + secondName));
        // announced, so that coordination closes its gap and proposes nothing more for it
        KafkaTestClient.awaitRecords(Topics.NEEDS, r -> drafting.needId().toString().equals(KafkaTestClient.header(r,
                "ce_subject")) && NeedStatusChanged.TYPE.equals(KafkaTestClient.header(r, "ce_type"))
                && r.value().contains("SUPERSEDED"), Duration.ofSeconds(30));

        // closed by the State's statements: coordination's later report and a coordinator's hand change nothing
        QuarkusTransaction.requiringNew().run(() -> statuses.adopt(new NeedCoordinationStatusChanged(
                drafting.needId(), "BWA", SharingConsent.PUBLIC, "IN_PROGRESS", "an activity", Instant.now())));
        assertThat(statusOf(drafting.needId())).isEqualTo(Need.Status.SUPERSEDED);
        String etag = given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/needs/" + drafting.needId())
                .then().extract().header("ETag");
        given().auth().oauth2(TestTokens.coordinator()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("status", "OPEN", "reason", "by hand")).when()
                .put("/api/v1/needs/" + drafting.needId() + "/status").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("SUPERSEDED"));

        // the later response amended to state the database again: resolved becomes superseded
        StatedNeed databaseAgain = RegisterFixtures.need("DATA.DATABASE", SharingConsent.PUBLIC);
        QuarkusTransaction.requiringNew().run(() -> needs.replaceStatedNeeds(new ResponseAmended(response, second,
                "BWA", "UNTOC", 1, 2, 1, "the database was forgotten", "en", "focal-bwa", Instant.now(),
                List.of(draftingAgain, databaseAgain))));
        assertThat(statusOf(database.needId())).isEqualTo(Need.Status.SUPERSEDED);

        // an earlier cycle answered late is superseded at once
        UUID earliest = fixtures.openCycle("earliest " + UUID.randomUUID(), LocalDate.of(1980, 1, 1), botswana);
        StatedNeed late = RegisterFixtures.need("LEGAL.DRAFTING", SharingConsent.PUBLIC);
        fixtures.submit(earliest, "BWA", "UNTOC", late);
        assertThat(statusOf(late.needId())).isEqualTo(Need.Status.SUPERSEDED);
        assertThat(statusOf(draftingAgain.needId())).isEqualTo(Need.Status.OPEN);
    }

    @Test
    void shouldCloseANeedTheStateSaysIsMetAndLetNobodyElseSaySo() {
        UUID cycle = fixtures.openCycle("met " + UUID.randomUUID(), LocalDate.of(1983, 1, 1), Map.of("TIP",
                List.of("NAM")));
        StatedNeed shelter = RegisterFixtures.need("VICTIMS.GENERAL_ASSISTANCE", SharingConsent.PUBLIC);
        fixtures.submit(cycle, "NAM", "TIP", shelter);
        String path = "/api/v1/needs/" + shelter.needId() + "/met";
        String etag = given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/needs/" + shelter.needId())
                .then().extract().header("ETag");
        Map<String, String> body = Map.of("reason", "The shelter opened in Windhoek in March");

        given().auth().oauth2(TestTokens.focalPoint("BWA")).header("If-Match", etag).contentType(ContentType.JSON)
                .body(body).when().post(path).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.withRoles("donor-x", "donor")).header("If-Match", etag)
                .contentType(ContentType.JSON).body(body).when().post(path).then().statusCode(403);
        given().auth().oauth2(TestTokens.focalPoint("NAM")).contentType(ContentType.JSON).body(body).when().post(path)
                .then().statusCode(428);
        given().auth().oauth2(TestTokens.focalPoint("NAM")).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("reason", "")).when().post(path).then().statusCode(400);
        assertThat(statusOf(shelter.needId())).isEqualTo(Need.Status.OPEN);

        given().auth().oauth2(TestTokens.focalPoint("NAM")).header("If-Match", etag).contentType(ContentType.JSON)
                .body(body).when().post(path).then().statusCode(200).body("status", equalTo("RESOLVED"))
                .body("statusReason", equalTo("met, says the State: The shelter opened in Windhoek in March"));
        KafkaTestClient.awaitRecords(Topics.NEEDS, r -> shelter.needId().toString().equals(KafkaTestClient.header(r,
                "ce_subject")) && NeedStatusChanged.TYPE.equals(KafkaTestClient.header(r, "ce_type"))
                && r.value().contains("RESOLVED"), Duration.ofSeconds(30));
        String now = given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/needs/" + shelter.needId())
                .then().extract().header("ETag");
        given().auth().oauth2(TestTokens.focalPoint("NAM")).header("If-Match", now).contentType(ContentType.JSON)
                .body(body).when().post(path).then().statusCode(409);
    }
}
