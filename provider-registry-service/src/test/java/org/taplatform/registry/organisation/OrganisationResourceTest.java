package org.taplatform.registry.organisation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.taplatform.events.Topics;
import org.taplatform.events.registry.OrganisationRegistered;
import org.taplatform.events.registry.OrganisationUpdated;
import org.taplatform.registry.support.RegistryFixtures;
import org.taplatform.testsupport.KafkaTestClient;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestTokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class OrganisationResourceTest {

    static Map<String, Object> profile(String identifier, String kind) {
        Map<String, Object> body = new HashMap<>();
        body.put("identifier", identifier);
        body.put("kind", kind);
        // each organisation its own name and website: alike ones would be probable duplicates of each other
        body.put("names", Map.of("en", "Norland Agency for Development " + identifier, "fr",
                "Agence norlandaise de développement " + identifier));
        body.put("countries", List.of("KEN", "UGA"));
        body.put("regions", List.of("014"));
        body.put("languages", List.of("en", "fr"));
        body.put("website", "https://" + identifier.toLowerCase() + ".norland.example.org");
        return body;
    }

    @Test
    void shouldLetADonorRegisterItsOwnOrganisationAndAnnounceIt() {
        String identifier = RegistryFixtures.newIdentifier();
        given().auth().oauth2(RegistryFixtures.tokenOf("donor", identifier)).contentType(ContentType.JSON)
                .body(profile(identifier, "DONOR_STATE_AGENCY")).when().post("/api/v1/organisations").then()
                .statusCode(201).header("ETag", "\"0\"").body("iatiType", equalTo("10"))
                .body("iatiTypeName", equalTo("Government")).body("name", equalTo("Norland Agency for Development " + identifier));
        var announced = KafkaTestClient.awaitRecords(Topics.REGISTRY_ORGANISATIONS,
                r -> identifier.equals(r.key()), Duration.ofSeconds(30));
        assertThat(KafkaTestClient.header(announced.get(0), "ce_type")).isEqualTo(OrganisationRegistered.TYPE);
        assertThat(announced.get(0).value()).contains("\"countries\":[\"KEN\",\"UGA\"]");
    }

    @Test
    void shouldForbidRegisteringOrChangingAnotherOrganisation() {
        String mine = RegistryFixtures.newIdentifier();
        String theirs = RegistryFixtures.organisation("CIVIL_SOCIETY", "KEN");
        given().auth().oauth2(RegistryFixtures.tokenOf("partner", mine)).contentType(ContentType.JSON)
                .body(profile(RegistryFixtures.newIdentifier(), "CIVIL_SOCIETY")).when().post("/api/v1/organisations")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(RegistryFixtures.tokenOf("partner", mine)).contentType(ContentType.JSON)
                .header("If-Match", "*").body(profile(theirs, "CIVIL_SOCIETY")).when()
                .put("/api/v1/organisations/" + theirs).then().statusCode(403);
        given().auth().oauth2(TestTokens.focalPoint("KEN")).contentType(ContentType.JSON)
                .body(profile(RegistryFixtures.newIdentifier(), "CIVIL_SOCIETY")).when().post("/api/v1/organisations")
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body(profile(mine, "CIVIL_SOCIETY")).when()
                .post("/api/v1/organisations").then().statusCode(401);
    }

    @Test
    void shouldUpdateWithOptimisticConcurrency() {
        String identifier = RegistryFixtures.organisation("MULTILATERAL", "KEN");
        String token = RegistryFixtures.tokenOf("field-office", identifier);
        Map<String, Object> changed = profile(identifier, "MULTILATERAL");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(changed).when()
                .put("/api/v1/organisations/" + identifier).then().statusCode(428);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(changed).header("If-Match", "\"0\"").when()
                .put("/api/v1/organisations/" + identifier).then().statusCode(200).header("ETag", "\"1\"")
                .body("countries", equalTo(List.of("KEN", "UGA")));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(changed).header("If-Match", "\"0\"").when()
                .put("/api/v1/organisations/" + identifier).then().statusCode(412);
        KafkaTestClient.awaitRecords(Topics.REGISTRY_ORGANISATIONS, r -> identifier.equals(r.key())
                && OrganisationUpdated.TYPE.equals(KafkaTestClient.header(r, "ce_type")), Duration.ofSeconds(30));
    }

    @Test
    void shouldRejectBadProfilesAndWriteNothing() {
        Map<String, Object> bad = profile("41114", "MULTILATERAL");
        bad.put("countries", List.of("ATL"));
        bad.put("website", "ftp://example.org");
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body(bad).when()
                .post("/api/v1/organisations").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("identifier")).body("violations.field", hasItem("countries[0]"))
                .body("violations.field", hasItem("website"));
        String identifier = RegistryFixtures.newIdentifier();
        Map<String, Object> wrongType = profile(identifier, "ACADEMIC_INSTITUTE");
        wrongType.put("iatiType", "10");
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body(wrongType).when()
                .post("/api/v1/organisations").then().statusCode(400).body("violations.field", hasItem("iatiType"));
        given().when().get("/api/v1/organisations/" + identifier).then().statusCode(404)
                .contentType("application/problem+json");

        String existing = RegistryFixtures.organisation("MULTILATERAL");
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(profile(existing, "MULTILATERAL")).when().post("/api/v1/organisations").then().statusCode(409);
    }

    @Test
    void shouldShowContactPointsToSignedInUsersOnlyAndEraseThemOnRequest() {
        String identifier = RegistryFixtures.organisation("UNODC_FIELD_OFFICE", "KEN");
        String token = RegistryFixtures.tokenOf("field-office", identifier);
        String contact = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("name", "Amina Otieno", "email", "amina.otieno@example.org", "phone", "+254 20 762 0000",
                        "languages", List.of("en", "sw")))
                .when().post("/api/v1/organisations/" + identifier + "/contact-points").then().statusCode(201)
                .extract().path("id");

        given().when().get("/api/v1/organisations/" + identifier).then().statusCode(200)
                .body("contactPoints", nullValue()).header("Content-Language", equalTo("en"));
        given().header("Accept-Language", "fr-CH, en;q=0.5").when().get("/api/v1/organisations/" + identifier).then()
                .statusCode(200).header("Content-Language", equalTo("fr"));
        given().auth().oauth2(TestTokens.focalPoint("KEN")).when().get("/api/v1/organisations/" + identifier).then()
                .body("contactPoints[0].email", equalTo("amina.otieno@example.org"));

        given().auth().oauth2(RegistryFixtures.tokenOf("donor", RegistryFixtures.newIdentifier()))
                .contentType(ContentType.JSON).body(Map.of("reason", "asked")).when()
                .post("/api/v1/organisations/" + identifier + "/contact-points/" + contact + "/erasure").then()
                .statusCode(403);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("reason", "The person asked for erasure on 2026-11-20")).when()
                .post("/api/v1/organisations/" + identifier + "/contact-points/" + contact + "/erasure").then()
                .statusCode(200).body("name", nullValue()).body("email", nullValue())
                .body("erasedAt", notNullValue()).body("erasureReason", equalTo("The person asked for erasure on 2026-11-20"));
        given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/organisations/" + identifier).then()
                .body("contactPoints[0].email", nullValue()).body("contactPoints[0].erasedBy", equalTo("field-office-user"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("reason", "again")).when()
                .post("/api/v1/organisations/" + identifier + "/contact-points/" + contact + "/erasure").then()
                .statusCode(409);
        // contact points never travel in events
        assertThat(KafkaTestClient.readAll(Topics.REGISTRY_ORGANISATIONS))
                .noneMatch(r -> r.value().contains("amina.otieno@example.org"));
    }

    @Test
    void shouldListOrganisationsPubliclyByKindAndCountry() {
        String identifier = RegistryFixtures.organisation("ACADEMIC_INSTITUTE", "ZMB");
        given().queryParam("kind", "ACADEMIC_INSTITUTE").queryParam("country", "ZMB").queryParam("limit", 500).when()
                .get("/api/v1/organisations").then().statusCode(200).body("items.identifier", hasItem(identifier))
                .body("items.findAll { it.contactPoints != null }.size()", equalTo(0));
        given().queryParam("country", "XXX").when().get("/api/v1/organisations").then().statusCode(400);
        // the page parameters every list shares: out of range, or a cursor another list gave, is a problem naming them
        given().queryParam("limit", 0).when().get("/api/v1/organisations").then().statusCode(400)
                .contentType("application/problem+json").body("violations.find { it.field == 'limit' }.in", equalTo("query"));
        given().queryParam("limit", 501).when().get("/api/v1/organisations").then().statusCode(400)
                .body("violations.field", hasItem("limit"));
        String activitiesCursor = org.taplatform.reference.paging.PageCursor.of("activities", "XI-A-1").encode();
        given().queryParam("cursor", activitiesCursor).when().get("/api/v1/organisations").then().statusCode(400)
                .body("violations.field", hasItem("cursor"));
        given().queryParam("cursor", "bm90IG91cnM").when().get("/api/v1/organisations").then().statusCode(400)
                .body("violations.field", hasItem("cursor"));
    }
}
