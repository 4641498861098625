package org.taplatform.registry.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.taplatform.events.Topics;
import org.taplatform.events.registry.EvaluationRecorded;
import org.taplatform.registry.support.RegistryFixtures;
import org.taplatform.testsupport.KafkaTestClient;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestTokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Evaluations of finished activities: written by their organisation, read by every registered provider. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class EvaluationResourceTest {

    static String activity(String office, String token, String status) {
        Map<String, Object> body = new HashMap<>();
        body.put("reportingOrganisation", office);
        body.put("localId", "EVAL-" + System.nanoTime());
        body.put("titles", Map.of("en", "Mentoring the central authority"));
        body.put("descriptions", Map.of("en", "A year of mentoring on requests under article 18"));
        body.put("status", status);
        body.put("plannedStart", "2025-01-01");
        body.put("plannedEnd", "2025-12-31");
        if (!"1".equals(status) && !"2".equals(status)) {
            body.put("actualStart", "2025-01-15"); // IATI: a finalised or closed activity has started
            body.put("actualEnd", "2025-12-20");
        }
        body.put("participants", List.of(Map.of("identifier", office, "name", "UNODC office", "role", "4")));
        body.put("recipientCountries", List.of(Map.of("code", "BWA", "percentage", 100)));
        body.put("sectors", List.of(Map.of("code", "15130", "percentage", 100)));
        body.put("taSubtypes", List.of("COOPERATION.CRIMINAL_MATTERS_TRAINING"));
        body.put("instruments", List.of("UNTOC"));
        body.put("articles", List.of("18"));
        body.put("beneficiaryGroups", List.of("CENTRAL_AUTHORITIES"));
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/api/v1/activities")
                .then().statusCode(201).extract().path("activity.activityId");
    }

    static Map<String, Object> evaluation(int rating, String lessons) {
        return new HashMap<>(Map.of("rating", rating, "results", "31 officials mentored; 12 requests sent",
                "lessons", lessons, "language", "en", "documentUrl", "https://evaluations.example.org/bwa.pdf",
                "evaluatedOn", LocalDate.now().minusDays(10).toString()));
    }

    @Test
    void shouldLetAnOrganisationEvaluateItsFinishedActivityAndEveryProviderReadTheLessons() {
        String office = RegistryFixtures.organisation("UNODC_FIELD_OFFICE", "BWA");
        String token = RegistryFixtures.tokenOf("field-office", office);
        String finished = activity(office, token, "4");
        String url = "/api/v1/activities/" + finished + "/evaluation";

        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(evaluation(5, "Mentors inside the central authority made the difference")).when().post(url)
                .then().statusCode(201).header("ETag", "\"0\"").body("ratingLabel", equalTo("satisfactory"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(evaluation(4, "again")).when().post(url)
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(evaluation(6, "Mentors inside the central authority made the difference; keep them a year"))
                .header("If-Match", "\"0\"").when().put(url).then().statusCode(200).header("ETag", "\"1\"");

        // every registered provider reads it, found by subtype and country; a focal point and no token do not
        String donor = RegistryFixtures.tokenOf("donor", RegistryFixtures.organisation("DONOR_STATE_AGENCY"));
        given().auth().oauth2(donor).queryParam("taSubtype", "COOPERATION.CRIMINAL_MATTERS_TRAINING")
                .queryParam("country", "BWA").queryParam("minimumRating", 5).when().get("/api/v1/evaluations").then()
                .statusCode(200).body("items.activityId", hasItem(finished))
                .body("items.find { it.activityId == '" + finished + "' }.lessons",
                        equalTo("Mentors inside the central authority made the difference; keep them a year"));
        given().auth().oauth2(donor).when().get(url).then().statusCode(200).body("rating", equalTo(6));
        given().auth().oauth2(TestTokens.focalPoint("BWA")).when().get(url).then().statusCode(403);
        given().when().get(url).then().statusCode(401);

        List<String> recorded = KafkaTestClient.awaitRecords(Topics.REGISTRY_KNOWLEDGE, r -> finished.equals(
                KafkaTestClient.header(r, "ce_subject")) && EvaluationRecorded.TYPE.equals(
                        KafkaTestClient.header(r, "ce_type")), Duration.ofSeconds(30)).stream().map(r -> r.value())
                .toList();
        assertThat(recorded).hasSize(2);
        assertThat(recorded.get(1)).contains("keep them a year").contains("COOPERATION.CRIMINAL_MATTERS_TRAINING");
    }

    @Test
    void shouldRefuseAnotherOrganisationsRatingAnUnfinishedActivityAndBadValues() {
        String office = RegistryFixtures.organisation("UNODC_FIELD_OFFICE", "BWA");
        String token = RegistryFixtures.tokenOf("field-office", office);
        String finished = activity(office, token, "3");
        String underWay = activity(office, token, "2");
        String other = RegistryFixtures.tokenOf("partner", RegistryFixtures.organisation("CIVIL_SOCIETY"));

        given().auth().oauth2(other).contentType(ContentType.JSON).body(evaluation(1, "not mine to judge")).when()
                .post("/api/v1/activities/" + finished + "/evaluation").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(evaluation(5, "too early")).when()
                .post("/api/v1/activities/" + underWay + "/evaluation").then().statusCode(409)
                .contentType("application/problem+json");
        Map<String, Object> ftp = evaluation(5, "ftp");
        ftp.put("documentUrl", "ftp://evaluations.example.org/bwa.pdf");
        Map<String, Object> seven = evaluation(7, "off the scale");
        Map<String, Object> future = evaluation(5, "future");
        future.put("evaluatedOn", LocalDate.now().plusDays(3).toString());
        for (Map<String, Object> body : List.of(ftp, seven, future)) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when()
                    .post("/api/v1/activities/" + finished + "/evaluation").then().statusCode(400)
                    .contentType("application/problem+json");
        }
        given().auth().oauth2(token).when().get("/api/v1/activities/" + finished + "/evaluation").then()
                .statusCode(404);
        given().auth().oauth2(token).queryParam("country", "BWA").when().get("/api/v1/evaluations").then()
                .body("items.activityId", not(hasItem(finished)));
    }
}
