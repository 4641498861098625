package org.taplatform.registry.organisation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.taplatform.events.Topics;
import org.taplatform.events.registry.OrganisationRegistered;
import org.taplatform.registry.support.RegistryFixtures;
import org.taplatform.testsupport.KafkaTestClient;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestTokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * One identifier for an organisation, its offices as units of it: UNODC is XM-DAC-41128 and its regional office for
 * Eastern Africa XM-DAC-41128-ROEA, a unit of it. A unit shares its organisation's website without being taken for a
 * duplicate, is listed with its siblings, and is announced with the organisation it belongs to; a unit of nothing
 * registered, of a unit, or under an identifier that is not its organisation's is refused and nothing is stored.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class OrganisationalUnitTest {

    static Map<String, Object> profile(String identifier, String kind, String name, String website, String unitOf) {
        Map<String, Object> profile = new HashMap<>(Map.of("identifier", identifier, "kind", kind, "names",
                Map.of("en", name), "countries", List.of("KEN"), "languages", List.of("en"), "website", website));
        if (unitOf != null) {
            profile.put("unitOf", unitOf);
        }
        return profile;
    }

    @Test
    void shouldRegisterOfficesAsUnitsOfTheirOrganisation() {
        String organisation = RegistryFixtures.newIdentifier();
        String site = "https://www.office-" + organisation.substring("XI-TEST-".length()).toLowerCase() + ".example.org";
        String coordinator = TestTokens.coordinator();
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(profile(organisation, "MULTILATERAL",
                "Office on Crime " + organisation, site, null)).when().post("/api/v1/organisations")
                .then().statusCode(201);
        // two regional offices, at their organisation's website: units, not duplicates
        for (String office : List.of("ROEA", "ROSEAP")) {
            given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(profile(organisation + "-" + office,
                    "UNODC_FIELD_OFFICE", "Regional Office " + office + " " + organisation, site + "/" + office,
                    organisation)).when().post("/api/v1/organisations")
                    .then().statusCode(201).body("unitOf", equalTo(organisation));
        }
        given().queryParam("unitOf", organisation).when().get("/api/v1/organisations").then().statusCode(200)
                .body("items.identifier", equalTo(List.of(organisation + "-ROEA", organisation + "-ROSEAP")));
        KafkaTestClient.awaitRecords(Topics.REGISTRY_ORGANISATIONS, r -> (organisation + "-ROEA").equals(r.key())
                && OrganisationRegistered.TYPE.equals(KafkaTestClient.header(r, "ce_type"))
                && r.value().contains("\"unitOf\":\"" + organisation + "\""), Duration.ofSeconds(30));
    }

    @Test
    void shouldRefuseAUnitOfNothingOfAUnitOrUnderAnotherIdentifier() {
        String organisation = RegistryFixtures.newIdentifier();
        String coordinator = TestTokens.coordinator();
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(profile(organisation, "MULTILATERAL",
                "Agency " + organisation, "https://agency-" + organisation.toLowerCase() + ".example.org", null))
                .when().post("/api/v1/organisations").then().statusCode(201);
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(profile(organisation + "-NAIROBI",
                "UNODC_FIELD_OFFICE", "Nairobi office " + organisation, "https://nairobi.example.org", organisation))
                .when().post("/api/v1/organisations").then().statusCode(201);

        // its organisation is not registered
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(profile(organisation + "X-KAMPALA",
                "UNODC_FIELD_OFFICE", "Kampala office " + organisation, "https://kampala.example.org",
                organisation + "X")).when().post("/api/v1/organisations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("unitOf"))
                .body("violations[0].message", containsString("is not a registered organisation"));
        // a unit of a unit
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(profile(organisation + "-NAIROBI-DESK",
                "UNODC_FIELD_OFFICE", "Desk " + organisation, "https://desk.example.org", organisation + "-NAIROBI"))
                .when().post("/api/v1/organisations").then().statusCode(400)
                .body("violations[0].message", containsString("is itself a unit of " + organisation));
        // an identifier that does not say whose unit it is
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(profile(RegistryFixtures.newIdentifier(),
                "UNODC_FIELD_OFFICE", "Dakar office " + organisation, "https://dakar.example.org", organisation))
                .when().post("/api/v1/organisations").then().statusCode(400)
                .body("violations[0].message", containsString(organisation + "-ROEA"));
        given().queryParam("unitOf", organisation).when().get("/api/v1/organisations").then().statusCode(200)
                .body("items.identifier", equalTo(List.of(organisation + "-NAIROBI")));

        // an organisation with units of its own does not become a unit itself (one level: office of an organisation)
        String headquarters = organisation + "-HQ";
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(profile(headquarters, "MULTILATERAL",
                "Headquarters " + organisation, "https://hq-" + organisation.toLowerCase() + ".example.org", null))
                .when().post("/api/v1/organisations").then().statusCode(201);
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(profile(headquarters + "-DESK",
                "UNODC_FIELD_OFFICE", "Desk " + organisation, "https://desk-" + organisation.toLowerCase()
                        + ".example.org", headquarters)).when().post("/api/v1/organisations").then().statusCode(201);
        String etag = given().when().get("/api/v1/organisations/" + headquarters).then().extract().header("ETag");
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).header("If-Match", etag)
                .body(profile(headquarters, "MULTILATERAL", "Headquarters " + organisation,
                        "https://hq-" + organisation.toLowerCase() + ".example.org", organisation))
                .when().put("/api/v1/organisations/" + headquarters).then().statusCode(400)
                .body("violations[0].message", containsString("has units of its own"));
        given().when().get("/api/v1/organisations/" + headquarters).then().statusCode(200)
                .body("unitOf", org.hamcrest.Matchers.nullValue());
    }
}
