package org.taplatform.console.page;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;
import org.taplatform.console.CoordinationStub;
import org.taplatform.console.StubServices;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;

/**
 * A field office registers an activity: the pre-registration check runs first and, when it finds likely overlaps,
 * shows them with their evidence and saves nothing until the user registers anyway; new work is registered at once
 * for the user's own organisation; fields left empty and the registry's refusals are shown beside their fields.
 */
@QuarkusTest
@WithTestResource(StubServices.class)
class ActivitiesPageTest {

    private static final String FORM = "localId=MLA-2&title=%s&description=Workshops+for+prosecutors&status=2"
            + "&plannedStart=2027-01-10&plannedEnd=2027-06-30&country=KEN&taSubtype=LEGAL.DRAFTING&budget=120000"
            + "&currency=USD&action=%s";

    @Test
    @TestSecurity(user = "fo-nairobi", roles = "field-office", attributes = @SecurityAttribute(key = "organisation",
            value = "XM-DAC-41128-ROEA"))
    void shouldShowTheOverlapCheckBeforeSavingAndRegisterOnlyWhenAskedAnyway() {
        int registrations = registrations();
        String warned = given().contentType("application/x-www-form-urlencoded").queryParam("lang", "fr")
                .body(FORM.formatted("MLA+training+duplicate", "check")).when().post("/activities/new").then()
                .statusCode(200).extract().asString();
        assertThat(warned).contains("Ceci ressemble au même travail", "Rien n&#39;est encore enregistré",
                "data-overlap=\"XI-IATI-IICJ-MLA-1\"", "probablement la même activité", "82,0 %",
                "same country KEN, dates overlap 2027-01-10..2027-06-30", "value=\"register\"",
                "value=\"MLA training duplicate\"");
        assertThat(registrations()).as("nothing saved by the check").isEqualTo(registrations);
        CoordinationStub.Call check = CoordinationStub.last("/api/v1/overlaps/check");
        assertThat(check.body()).contains("\"organisation\":\"XM-DAC-41128-ROEA\"", "\"recipientCountries\":[\"KEN\"]",
                "\"taSubtypes\":[\"LEGAL.DRAFTING\"]", "\"plannedStart\":\"2027-01-10\"", "\"amount\":120000");

        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .body(FORM.formatted("MLA+training+duplicate", "register")).when().post("/activities/new").then()
                .statusCode(303).header("Location", containsString("/activities?registered=XM-DAC-41128-ROEA-NEW-1"));
        CoordinationStub.Call registered = CoordinationStub.last("/api/v1/activities");
        assertThat(registered.method()).isEqualTo("POST");
        assertThat(registered.body()).contains("\"reportingOrganisation\":\"XM-DAC-41128-ROEA\"", "\"localId\":\"MLA-2\"",
                "\"recipientCountries\":[{\"code\":\"KEN\"}]", "\"valueDate\":\"2027-01-10\"",
                "\"name\":\"UNODC Regional Office for Eastern Africa\"", "\"role\":\"4\"");
    }

    @Test
    @TestSecurity(user = "fo-nairobi", roles = "field-office", attributes = @SecurityAttribute(key = "organisation",
            value = "XM-DAC-41128-ROEA"))
    void shouldRegisterNewWorkAtOnceAndListTheOrganisationsActivities() {
        int registrations = registrations();
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .body(FORM.formatted("Something+new", "check")).when().post("/activities/new").then().statusCode(303);
        assertThat(registrations()).isEqualTo(registrations + 1);
        given().queryParam("lang", "fr").queryParam("registered", "XM-DAC-41128-ROEA-NEW-1").when().get("/activities")
                .then().statusCode(200).body(containsString("Enregistrée : XM-DAC-41128-ROEA-NEW-1."))
                .body(containsString("Rédaction de la législation")).body(containsString("En finalisation"))
                .body(containsString("1 août 2024 – 28 nov. 2024"));
        assertThat(CoordinationStub.last("/api/v1/activities").query()).contains("organisation=XM-DAC-41128-ROEA");
    }

    @Test
    @TestSecurity(user = "fo-nairobi", roles = "field-office", attributes = @SecurityAttribute(key = "organisation",
            value = "XM-DAC-41128-ROEA"))
    void shouldShowWhatIsMissingOrRefusedBesideItsField() {
        int checks = CoordinationStub.CALLS.size();
        given().contentType("application/x-www-form-urlencoded").queryParam("lang", "es")
                .body("localId=&title=&description=x&country=&taSubtype=&budget=12,5&currency=USD&action=check").when()
                .post("/activities/new").then().statusCode(400)
                .body(containsString("id=\"localId-problems\"><li>Obligatorio.</li>"))
                .body(containsString("id=\"country-problems\""))
                .body(containsString("id=\"budget-problems\"><li>Un importe como 120000 o 120000.50.</li>"))
                .body(containsString("aria-invalid=\"true\""));
        assertThat(CoordinationStub.CALLS.size()).as("nothing sent").isEqualTo(checks);
        given().contentType("application/x-www-form-urlencoded")
                .body(FORM.formatted("Something+new", "register").replace("MLA-2", "TAKEN")).when()
                .post("/activities/new").then().statusCode(400)
                .body(containsString("id=\"localId-problems\"><li>is registered already</li>"))
                .body(containsString("value=\"Something new\""));
    }

    /**
     * Editing puts the form's fields over the activity as registered and sends it whole with the version read, so what
     * the form does not show (an imported transaction) stays; a stale version is told.
     */
    @Test
    @TestSecurity(user = "fo-nairobi", roles = "field-office", attributes = @SecurityAttribute(key = "organisation",
            value = "XM-DAC-41128-ROEA"))
    void shouldEditAnActivityKeepingWhatTheFormDoesNotShow() {
        given().queryParam("lang", "en").when().get("/activities/act-1/edit").then().statusCode(200)
                .body(containsString("Change an activity")).body(containsString("value=\"MLA-1\" readonly"))
                .body(containsString("name=\"version\" value=\"7\"")).body(containsString("value=\"MLA training\""))
                .body(containsString("<option value=\"KEN\" selected>Kenya</option>"));
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .body(FORM.formatted("MLA+training+for+judges", "save").replace("MLA-2", "MLA-1") + "&version=7")
                .when().post("/activities/act-1/edit").then().statusCode(303);
        CoordinationStub.Call replaced = CoordinationStub.last("PUT", "/api/v1/activities/act-1");
        assertThat(replaced.ifMatch()).isEqualTo("\"7\"");
        assertThat(replaced.body()).contains("\"localId\":\"MLA-1\"", "\"en\":\"MLA training for judges\"",
                "\"fr\":\"Formation\"", "\"transactions\":[{\"type\":\"2\",\"value\":50000}]")
                .doesNotContain("\"activityId\"", "\"iatiIdentifier\"");
        given().contentType("application/x-www-form-urlencoded")
                .body(FORM.formatted("MLA+training", "save").replace("MLA-2", "MLA-1") + "&version=6")
                .when().post("/activities/act-1/edit").then().statusCode(412);
    }

    @Test
    @TestSecurity(user = "focal-ken", roles = "state-focal-point")
    void shouldKeepActivitiesFromUsersWhoDoNotReportThem() {
        given().when().get("/activities/new").then().statusCode(403);
    }

    private static int registrations() {
        return (int) CoordinationStub.CALLS.stream().filter(c -> c.method().equals("POST")
                && c.path().equals("/api/v1/activities")).count();
    }
}
