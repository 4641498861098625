package org.taplatform.registry.pledge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.taplatform.events.Topics;
import org.taplatform.events.registry.PledgeChanged;
import org.taplatform.registry.support.RegistryFixtures;
import org.taplatform.testsupport.KafkaTestClient;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestTokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class PledgeResourceTest {

    static Map<String, Object> pledge(String donor, String status) {
        Map<String, Object> body = new HashMap<>();
        body.put("donor", donor);
        body.put("country", "KEN");
        body.put("needId", UUID.randomUUID().toString());
        body.put("amount", 250000);
        body.put("currency", "EUR");
        body.put("status", status);
        return body;
    }

    @Test
    void shouldFollowAPledgeFromPledgedToDisbursedAndNeverBack() {
        String donor = RegistryFixtures.organisation("DONOR_STATE_AGENCY");
        String token = RegistryFixtures.tokenOf("donor", donor);
        Map<String, Object> body = pledge(donor, "PLEDGED");
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/api/v1/pledges")
                .then().statusCode(201).body("status", equalTo("PLEDGED")).extract().path("id");
        body.put("status", "COMMITTED");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body).header("If-Match", "\"0\"").when()
                .put("/api/v1/pledges/" + id).then().statusCode(200).header("ETag", "\"1\"");
        body.put("status", "PLEDGED");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body).header("If-Match", "\"1\"").when()
                .put("/api/v1/pledges/" + id).then().statusCode(409).contentType("application/problem+json");
        body.put("status", "DISBURSED");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body).header("If-Match", "\"1\"").when()
                .put("/api/v1/pledges/" + id).then().statusCode(200);
        KafkaTestClient.awaitRecords(Topics.REGISTRY_ACTIVITIES, r -> id.equals(KafkaTestClient.header(r, "ce_subject"))
                && PledgeChanged.TYPE.equals(KafkaTestClient.header(r, "ce_type")) && r.value().contains("DISBURSED"),
                Duration.ofSeconds(30));
        given().auth().oauth2(TestTokens.focalPoint("KEN")).queryParam("donor", donor).when().get("/api/v1/pledges")
                .then().statusCode(200).body("items.status", equalTo(java.util.List.of("DISBURSED")));
    }

    @Test
    void shouldRejectPledgesForOthersAndBadTargets() {
        String donor = RegistryFixtures.organisation("DONOR_STATE_AGENCY");
        given().auth().oauth2(RegistryFixtures.tokenOf("donor", RegistryFixtures.newIdentifier()))
                .contentType(ContentType.JSON).body(pledge(donor, "PLEDGED")).when().post("/api/v1/pledges").then()
                .statusCode(403);
        Map<String, Object> twoTargets = pledge(donor, "PLEDGED");
        twoTargets.put("taType", "LEGAL");
        twoTargets.put("amount", -1);
        twoTargets.put("currency", "ABC");
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body(twoTargets).when()
                .post("/api/v1/pledges").then().statusCode(400).body("violations.field", hasItem("amount"));
        twoTargets.put("amount", 1);
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body(twoTargets).when()
                .post("/api/v1/pledges").then().statusCode(400).body("violations.field", hasItem("needId"))
                .body("violations.field", hasItem("currency"));
        // ISO 4217 codes that are no money to pay in: metals, "no currency", a fund code
        for (String notMoney : java.util.List.of("XXX", "XAU", "USN")) {
            Map<String, Object> pledge = pledge(donor, "PLEDGED");
            pledge.put("currency", notMoney);
            given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body(pledge).when()
                    .post("/api/v1/pledges").then().statusCode(400).body("violations.field", hasItem("currency"));
        }
        // If-Match is compared strongly: the right version as a weak tag does not match
        var created = given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(pledge(donor, "PLEDGED")).when().post("/api/v1/pledges").then().statusCode(201)
                .extract().response();
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body(pledge(donor, "COMMITTED"))
                .header("If-Match", "W/" + created.header("ETag")).when()
                .put("/api/v1/pledges/" + created.path("id")).then().statusCode(412)
                .body("detail", org.hamcrest.Matchers.containsString("weak"));
        Map<String, Object> unknownActivity = pledge(donor, "PLEDGED");
        unknownActivity.remove("needId");
        unknownActivity.put("activityId", UUID.randomUUID().toString());
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body(unknownActivity).when()
                .post("/api/v1/pledges").then().statusCode(400).body("violations.field", hasItem("activityId"));
        given().when().get("/api/v1/pledges").then().statusCode(401);
        String id = given().auth().oauth2(RegistryFixtures.tokenOf("donor", donor)).contentType(ContentType.JSON)
                .body(pledge(donor, "PLEDGED")).when().post("/api/v1/pledges").then().statusCode(201).extract().path("id");
        Map<String, Object> cancelled = pledge(donor, "CANCELLED");
        given().auth().oauth2(RegistryFixtures.tokenOf("donor", RegistryFixtures.newIdentifier()))
                .contentType(ContentType.JSON).body(cancelled).header("If-Match", "*").when().put("/api/v1/pledges/" + id)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/pledges/" + id).then()
                .body("status", equalTo("PLEDGED"));
    }
}
