package org.taplatform.registry.organisation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.taplatform.events.Topics;
import org.taplatform.events.registry.OrganisationUpdated;
import org.taplatform.registry.support.RegistryFixtures;
import org.taplatform.testsupport.KafkaTestClient;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestTokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * One organisation, one record: a registration that looks like a registered organisation (its identifier written
 * another way, its website, its name in another language or as an acronym) is answered with the candidates; a
 * coordinator merges a duplicate or marks an organisation verified, and both are announced.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class OrganisationIdentityTest {

    static Map<String, Object> profile(String identifier, Map<String, String> names, String website) {
        return Map.of("identifier", identifier, "kind", "CIVIL_SOCIETY", "names", names, "countries", List.of("KEN"),
                "languages", List.of("en"), "website", website);
    }

    @Test
    void shouldAnswerAProbableDuplicateWithItsCandidatesAndLetACoordinatorMergeIt() {
        String suffix = RegistryFixtures.newIdentifier().substring("XI-TEST-".length());
        String original = "XI-TEST-" + suffix + "-A";
        String coordinator = TestTokens.coordinator();
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(profile(original, Map.of("en",
                "Alliance Against Trafficking " + suffix, "fr", "Alliance contre la traite " + suffix),
                "https://www.alliance-" + suffix.toLowerCase() + ".example.org/en/")).when()
                .post("/api/v1/organisations").then().statusCode(201).body("verification", equalTo("UNVERIFIED"));

        // its identifier written another way (a separator left out): the same organisation
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(profile("XI-TEST-" + suffix + "A",
                Map.of("en", "Someone else " + suffix), "https://other-" + suffix.toLowerCase() + ".example.org"))
                .when().post("/api/v1/organisations").then().statusCode(409)
                .body("report.candidates[0].reasons[0]", equalTo("the same identifier written another way ("
                        + original + ")"));
        // the same website, and its French name in another identifier: 409 with the candidate and why
        String second = "XI-TEST-" + suffix + "-B";
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(profile(second, Map.of("en",
                "Alliance contre la traite " + suffix), "http://alliance-" + suffix.toLowerCase() + ".example.org"))
                .when().post("/api/v1/organisations").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:ta-platform:problem:probable-duplicate"))
                .body("report.candidates.identifier", equalTo(List.of(original)))
                .body("report.candidates[0].reasons", hasItem("the same website (alliance-" + suffix.toLowerCase()
                        + ".example.org)"))
                .body("report.candidates[0].reasons", hasItem(org.hamcrest.Matchers.startsWith("names alike")));
        // its name's acronym ("Alliance Against Trafficking X…": AATX)
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(profile("XI-TEST-" + suffix + "-C",
                Map.of("en", "AAT" + suffix.charAt(0)), "https://aat-" + suffix.toLowerCase() + ".example.org")).when()
                .post("/api/v1/organisations").then().statusCode(409)
                .body("report.candidates.identifier", hasItem(original))
                .body("report.candidates.find { it.identifier == '" + original + "' }.reasons[0]",
                        org.hamcrest.Matchers.startsWith("one name the acronym"));
        given().when().get("/api/v1/organisations/" + second).then().statusCode(404); // nothing was registered

        // the registrant says it is another organisation: registered
        Map<String, Object> distinct = new java.util.HashMap<>(profile(second, Map.of("en", "Alliance contre la traite "
                + suffix), "http://alliance-" + suffix.toLowerCase() + ".example.org"));
        distinct.put("distinctFrom", List.of(original));
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(distinct).when()
                .post("/api/v1/organisations").then().statusCode(201);

        // it was the same after all: a coordinator merges it; others may not
        Map<String, String> merge = Map.of("into", original, "reason", "registered twice by two offices");
        given().auth().oauth2(RegistryFixtures.tokenOf("partner", second)).contentType(ContentType.JSON).body(merge)
                .header("If-Match", "\"0\"").when().post("/api/v1/organisations/" + second + "/merge").then()
                .statusCode(403);
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(merge).when()
                .post("/api/v1/organisations/" + second + "/merge").then().statusCode(428);
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(Map.of("into", second, "reason", "x"))
                .header("If-Match", "\"0\"").when().post("/api/v1/organisations/" + second + "/merge").then()
                .statusCode(400);
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(Map.of("into", "XI-NOBODY-1", "reason",
                "x")).header("If-Match", "\"0\"").when().post("/api/v1/organisations/" + second + "/merge").then()
                .statusCode(400).body("violations[0].field", equalTo("into"));
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(merge).header("If-Match", "\"0\"").when()
                .post("/api/v1/organisations/" + second + "/merge").then().statusCode(200)
                .body("mergedInto", equalTo(original));
        given().when().get("/api/v1/organisations/" + second).then().statusCode(200)
                .body("mergedInto", equalTo(original));
        given().queryParam("q", suffix).when().get("/api/v1/organisations").then()
                .body("items.identifier", equalTo(List.of(original)));
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(merge).header("If-Match", "\"1\"").when()
                .post("/api/v1/organisations/" + second + "/merge").then().statusCode(409);
        KafkaTestClient.awaitRecords(Topics.REGISTRY_ORGANISATIONS, r -> second.equals(r.key())
                && OrganisationUpdated.TYPE.equals(KafkaTestClient.header(r, "ce_type"))
                && r.value().contains("\"mergedInto\":\"" + original + "\""), Duration.ofSeconds(30));
    }

    @Test
    void shouldLetOnlyACoordinatorMarkAnOrganisationVerified() {
        String organisation = RegistryFixtures.organisation("CIVIL_SOCIETY", "KEN");
        Map<String, Object> check = Map.of("verified", true, "note", "on the national NGO register; website checked");
        given().auth().oauth2(RegistryFixtures.tokenOf("partner", organisation)).contentType(ContentType.JSON)
                .body(check).header("If-Match", "\"0\"").when()
                .post("/api/v1/organisations/" + organisation + "/verification").then().statusCode(403);
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body(Map.of("verified", true))
                .header("If-Match", "\"0\"").when().post("/api/v1/organisations/" + organisation + "/verification")
                .then().statusCode(400);
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body(check)
                .header("If-Match", "\"0\"").when().post("/api/v1/organisations/" + organisation + "/verification")
                .then().statusCode(200).header("ETag", "\"1\"").body("verification", equalTo("VERIFIED"))
                .body("verificationNote", equalTo("on the national NGO register; website checked"));
        given().when().get("/api/v1/organisations/" + organisation).then().body("verification", equalTo("VERIFIED"));
        given().queryParam("q", organisation).when().get("/api/v1/organisations").then()
                .body("items.verification", equalTo(List.of("VERIFIED")))
                .body("items.identifier", not(hasItem("nothing")));
        KafkaTestClient.awaitRecords(Topics.REGISTRY_ORGANISATIONS, r -> organisation.equals(r.key())
                && r.value().contains("\"verification\":\"VERIFIED\""), Duration.ofSeconds(30));
    }
}
