package org.taplatform.registry.activity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.taplatform.events.Topics;
import org.taplatform.events.registry.ActivityUpdated;
import org.taplatform.registry.support.RegistryFixtures;
import org.taplatform.testsupport.KafkaTestClient;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestTokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * An imported activity without a tag of the TA taxonomy is kept, funding and all, and waits for a coordinator with
 * suggested subtypes; classified, it is announced, leaves the queue and keeps its classification through re-imports.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class UnclassifiedActivityTest {

    static String file(String publisher, String title) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <iati-activities version="2.03">
                <iati-activity xml:lang="en" default-currency="EUR">
                  <iati-identifier>%1$s-POL-7</iati-identifier>
                  <reporting-org ref="%1$s" type="10"><narrative>Donor ministry</narrative></reporting-org>
                  <title><narrative>%2$s</narrative></title>
                  <description type="1"><narrative>Courses for police investigators and border guards.</narrative></description>
                  <participating-org ref="%1$s" role="1" type="10"><narrative>Donor ministry</narrative></participating-org>
                  <activity-status code="2"/>
                  <activity-date iso-date="2026-01-10" type="1"/>
                  <activity-date iso-date="2026-01-12" type="2"/>
                  <recipient-country code="KE" percentage="100"/>
                  <sector vocabulary="1" code="15210" percentage="100"/>
                  <budget type="1" status="2"><period-start iso-date="2026-01-01"/><period-end iso-date="2026-12-31"/>
                    <value value-date="2026-01-01">250000</value></budget>
                  <budget type="1" status="2"><period-start iso-date="2027-01-01"/><period-end iso-date="2027-12-31"/>
                    <value value-date="2026-01-01">150000</value></budget>
                  <budget type="2" status="2"><period-start iso-date="2027-01-01"/><period-end iso-date="2027-12-31"/>
                    <value value-date="2026-06-01">175000</value></budget>
                  <transaction><transaction-type code="2"/><transaction-date iso-date="2026-01-10"/>
                    <value value-date="2026-01-10">425000</value>
                    <receiver-org ref="XM-DAC-41121" type="40" receiver-activity-id="XM-DAC-41121-KEN-TIP"><narrative>UNODC</narrative></receiver-org>
                  </transaction>
                  <transaction><transaction-type code="3"/><transaction-date iso-date="2026-02-01"/>
                    <value value-date="2026-02-01">125000</value></transaction>
                </iati-activity>
                </iati-activities>
                """.formatted(publisher, title);
    }

    static JsonPath importAs(String token, String xml) {
        String job = given().auth().oauth2(token).contentType("application/xml").body(xml.getBytes(
                StandardCharsets.UTF_8)).when().post("/api/v1/iati/imports").then().statusCode(202).extract().path("id");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> !List.of("QUEUED", "RUNNING").contains(
                given().auth().oauth2(token).when().get("/api/v1/iati/imports/" + job).then().extract().path("status")));
        return given().auth().oauth2(token).when().get("/api/v1/iati/imports/" + job).then().extract().jsonPath();
    }

    @Test
    void shouldQueueWhatNoTagClassifiesAndKeepTheCoordinatorsClassification() {
        String donor = RegistryFixtures.organisation("DONOR_STATE_AGENCY", "KEN");
        String xml = file(donor, "Countering trafficking in persons: training of the Kenya Police Service");
        JsonPath job = importAs(RegistryFixtures.tokenOf("donor", donor), xml);
        assertThat(job.getInt("created")).isEqualTo(1);
        assertThat(job.getInt("unclassified")).isEqualTo(1);
        assertThat(job.getInt("skipped")).isZero();
        assertThat(job.getList("report[0].reasons", String.class).get(0)).startsWith("registered unclassified");

        // kept with its money: the 2027 budget revised, so the total is 250,000 + 175,000
        String coordinator = TestTokens.coordinator();
        JsonPath queue = given().auth().oauth2(coordinator).queryParam("organisation", donor).when()
                .get("/api/v1/activities/unclassified").then().statusCode(200).extract().jsonPath();
        assertThat(queue.getList("items")).hasSize(1);
        String id = queue.getString("items[0].activity.activity.activityId");
        assertThat(queue.getDouble("items[0].activity.activity.budget.amount")).isEqualTo(425000.0);
        assertThat(queue.getList("items[0].activity.activity.budgets")).hasSize(3);
        assertThat(queue.getString("items[0].activity.activity.transactions[0].receiver.activityId"))
                .isEqualTo("XM-DAC-41121-KEN-TIP");
        assertThat(queue.getString("items[0].suggestedSubtypes[0].taSubtype")).isEqualTo("TRAINING.LAW_ENFORCEMENT");
        assertThat(queue.getList("items[0].suggestedSubtypes[0].reasons", String.class))
                .anySatisfy(reason -> assertThat(reason).contains("police"))
                .anySatisfy(reason -> assertThat(reason).isEqualTo("DAC sector 15210"));
        assertThat(queue.getList("items[0].suggestedInstruments", String.class)).containsExactly("TIP");
        given().queryParam("organisation", donor).queryParam("classified", false).when().get("/api/v1/activities")
                .then().body("items.activity.activityId", equalTo(List.of(id)));

        // the publisher sees its own queue, another organisation neither it nor the right to classify
        given().auth().oauth2(RegistryFixtures.tokenOf("donor", donor)).when().get("/api/v1/activities/unclassified")
                .then().statusCode(200).body("items.activity.activity.activityId", equalTo(List.of(id)));
        String other = RegistryFixtures.organisation("DONOR_STATE_AGENCY", "KEN");
        String otherToken = RegistryFixtures.tokenOf("donor", other);
        given().auth().oauth2(otherToken).when().get("/api/v1/activities/unclassified").then().statusCode(200)
                .body("items.activity.activity.activityId", not(hasItem(id)));
        given().auth().oauth2(otherToken).queryParam("organisation", donor).when()
                .get("/api/v1/activities/unclassified").then().statusCode(403);
        given().when().get("/api/v1/activities/unclassified").then().statusCode(401);
        given().auth().oauth2(TestTokens.token("analyst-user", java.util.Set.of("analyst"), Map.of())).when()
                .get("/api/v1/activities/unclassified").then().statusCode(403);

        Map<String, Object> classification = Map.of("taSubtypes", List.of("TRAINING.LAW_ENFORCEMENT"),
                "instruments", List.of("TIP"));
        given().auth().oauth2(otherToken).contentType(ContentType.JSON).body(classification).header("If-Match", "\"0\"")
                .when().put("/api/v1/activities/" + id + "/classification").then().statusCode(403);
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(classification).when()
                .put("/api/v1/activities/" + id + "/classification").then().statusCode(428);
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(Map.of("taSubtypes", List.of("NO.SUCH")))
                .header("If-Match", "\"0\"").when().put("/api/v1/activities/" + id + "/classification").then()
                .statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(Map.of("taSubtypes", List.of()))
                .header("If-Match", "\"0\"").when().put("/api/v1/activities/" + id + "/classification").then()
                .statusCode(400);
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(classification).header("If-Match", "\"0\"")
                .when().put("/api/v1/activities/" + id + "/classification").then().statusCode(200)
                .header("ETag", "\"1\"").body("activity.taSubtypes", equalTo(List.of("TRAINING.LAW_ENFORCEMENT")))
                .body("activity.instruments", equalTo(List.of("TIP")));

        given().auth().oauth2(coordinator).when().get("/api/v1/activities/" + id + "/history").then()
                .body("items.action", equalTo(List.of("REGISTERED", "CLASSIFIED")))
                .body("items[1].changes.taSubtypes.after", equalTo(List.of("TRAINING.LAW_ENFORCEMENT")));
        KafkaTestClient.awaitRecords(Topics.REGISTRY_ACTIVITIES, r -> id.equals(KafkaTestClient.header(r, "ce_subject"))
                && ActivityUpdated.TYPE.equals(KafkaTestClient.header(r, "ce_type"))
                && r.value().contains("TRAINING.LAW_ENFORCEMENT"), Duration.ofSeconds(30));
        given().auth().oauth2(coordinator).queryParam("organisation", donor).when()
                .get("/api/v1/activities/unclassified").then().body("items", equalTo(List.of()));

        // the publisher's file again, still without tags: nothing changes, the classification stays
        JsonPath again = importAs(RegistryFixtures.tokenOf("donor", donor), xml);
        assertThat(again.getInt("unchanged")).isEqualTo(1);
        assertThat(again.getInt("unclassified")).isZero();
        // and when the publisher changes the activity, it stays classified too
        JsonPath changed = importAs(RegistryFixtures.tokenOf("donor", donor), file(donor,
                "Countering trafficking in persons: training of the National Police Service"));
        assertThat(changed.getInt("updated")).isEqualTo(1);
        given().when().get("/api/v1/activities/" + id).then()
                .body("activity.taSubtypes", equalTo(List.of("TRAINING.LAW_ENFORCEMENT")))
                .body("activity.titles.en", equalTo("Countering trafficking in persons: training of the National Police Service"));
    }
}
