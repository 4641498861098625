package org.taplatform.registry.iati;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.taplatform.registry.support.RegistryFixtures;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestTokens;
import org.xml.sax.SAXException;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every IATI document the registry writes validates against the official IATI 2.03 schemas. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class IatiExportResourceTest {

    static String activity(String office, String localId, List<Map<String, Object>> countries, Map<String, Object> extra) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of(
                "reportingOrganisation", office, "localId", localId,
                "titles", Map.of("en", "Firearms marking and record-keeping", "es", "Marcaje y registro de armas de fuego"),
                "descriptions", Map.of("en", "Marking machines and training for the national firearms authority"),
                "status", "2", "plannedStart", "2026-02-01", "plannedEnd", "2027-01-31",
                "participants", List.of(Map.of("name", "Sudland Aid", "role", "1"), Map.of("identifier", office,
                        "name", "UNODC office", "role", "4")),
                "recipientCountries", countries,
                "sectors", List.of(Map.of("code", "15210", "percentage", 70), Map.of("code", "15240", "percentage", 30))));
        body.putAll(extra);
        return given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body(body).when()
                .post("/api/v1/activities").then().statusCode(201).extract().path("activity.activityId");
    }

    @Test
    void shouldWriteAnOrganisationsActivitiesAsAValidIatiFile() throws Exception {
        String office = RegistryFixtures.organisation("UNODC_FIELD_OFFICE", "COL", "PER");
        activity(office, "FA-1", List.of(Map.of("code", "COL", "percentage", 50), Map.of("code", "PER", "percentage", 50)),
                Map.of("taSubtypes", List.of("TRAINING.FIREARMS_MARKING"), "instruments", List.of("FIREARMS"),
                        "budget", Map.of("amount", 95000.5, "currency", "EUR", "valueDate", "2026-01-10"),
                        "actualStart", "2026-02-15"));
        activity(office, "FA-2", List.of(Map.of("code", "PER")), Map.of("recipientRegions", List.of()));
        byte[] file = given().queryParam("organisation", office).when().get("/api/v1/iati/activities.xml").then()
                .statusCode(200).contentType("application/xml").extract().asByteArray();
        IatiSchemas.validate(IatiSchemas.ACTIVITIES, file);
        String xml = new String(file, StandardCharsets.UTF_8);
        assertThat(xml).contains("<iati-identifier>" + office + "-FA-1</iati-identifier>")
                .contains("<recipient-country code=\"CO\" percentage=\"50\"/>")
                .contains("vocabulary-uri=\"" + IatiActivityWriter.TAXONOMY_URI + "\" code=\"TRAINING.FIREARMS_MARKING\"")
                .contains("<value currency=\"EUR\" value-date=\"2026-01-10\">95000.5</value>")
                .contains("xml:lang=\"es\">Marcaje y registro de armas de fuego");

        byte[] byCountry = given().queryParam("country", "PER").when().get("/api/v1/iati/activities.xml").then()
                .statusCode(200).extract().asByteArray();
        IatiSchemas.validate(IatiSchemas.ACTIVITIES, byCountry);
        assertThat(new String(byCountry, StandardCharsets.UTF_8)).contains(office + "-FA-2");
    }

    @Test
    void shouldWriteAValidOrganisationFile() throws Exception {
        String donor = RegistryFixtures.organisation("DONOR_STATE_AGENCY");
        byte[] file = given().when().get("/api/v1/iati/organisations/" + donor + ".xml").then().statusCode(200)
                .extract().asByteArray();
        IatiSchemas.validate(IatiSchemas.ORGANISATIONS, file);
        assertThat(new String(file, StandardCharsets.UTF_8)).contains("<organisation-identifier>" + donor);
    }

    @Test
    void shouldCatchAnInvalidDocumentSoThatTheChecksAboveMeanSomething() {
        byte[] noIdentifier = "<iati-activities version=\"2.03\"><iati-activity><reporting-org ref=\"X\" type=\"10\"/></iati-activity></iati-activities>"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> IatiSchemas.validate(IatiSchemas.ACTIVITIES, noIdentifier))
                .isInstanceOf(SAXException.class);
    }

    @Test
    void shouldAskWhoseActivitiesAndKnowTheOrganisation() {
        given().when().get("/api/v1/iati/activities.xml").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("organisation", "XI-NOBODY-1").when().get("/api/v1/iati/activities.xml").then().statusCode(404);
        given().queryParam("country", "ZZZ").when().get("/api/v1/iati/activities.xml").then().statusCode(400);
    }

    @Test
    void shouldSayThereIsNothingToExportRatherThanWriteAnInvalidFile() {
        // a donor that reports no activity: an iati-activities file without one fails the schema, so no file
        String donor = RegistryFixtures.organisation("DONOR_STATE_AGENCY");
        given().queryParam("organisation", donor).when().get("/api/v1/iati/activities.xml").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString(donor + " reports none"));
        given().queryParam("country", "NRU").when().get("/api/v1/iati/activities.xml").then().statusCode(404)
                .body("detail", containsString("recipient country NRU"));
    }
}
