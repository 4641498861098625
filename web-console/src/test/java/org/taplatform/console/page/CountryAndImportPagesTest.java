package org.taplatform.console.page;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.taplatform.console.CoordinationStub;
import org.taplatform.console.StubServices;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;

/**
 * The country coordination view (needs with coverage and best matches, activities, alerts, open requests; a country
 * the service does not open to this user is the forbidden page) and an IATI import: the file streamed to the
 * registry, the job's progress bar refreshed by htmx until it ends, then the counts and the report.
 */
@QuarkusTest
@WithTestResource(StubServices.class)
class CountryAndImportPagesTest {

    @Test
    @TestSecurity(user = "coordinator", roles = "coordinator")
    void shouldShowTheCountryCoordinationView() {
        given().queryParam("lang", "fr").when().get("/countries/KEN").then().statusCode(200)
                .body(containsString("La coordination : Kenya")).body(containsString("20 nov. 2026"))
                .body(containsString("<th scope=\"row\">Drafting legislation</th>"))
                .body(containsString("UNODC ROEA (0,81)")).body(containsString("href=\"/gaps/g-1\""))
                .body(containsString("href=\"/gaps/g-1#knowledge\">À lire à côté : outils et enseignements</a>"))
                .body(containsString("Drafting legislation on confiscation")).body(containsString("En cours"))
                .body(containsString("href=\"/alerts/a-1\"")).body(containsString("Help drafting the confiscation law"));
        assertThat(CoordinationStub.last("/api/v1/countries/KEN/coordination").query()).contains("matches=3");
        given().redirects().follow(false).queryParam("country", "TZA").when().get("/countries").then().statusCode(303)
                .header("Location", containsString("/countries/TZA"));
    }

    @Test
    @TestSecurity(user = "focal-ken", roles = "state-focal-point", attributes = @SecurityAttribute(key = "country",
            value = "KEN"))
    void shouldShowTheForbiddenPageForAnotherStatesView() {
        given().queryParam("lang", "en").when().get("/countries/COL").then().statusCode(403)
                .body(containsString("Not for this account")).body(containsString("A focal point of KEN sees KEN only"));
    }

    @Test
    @TestSecurity(user = "fo-nairobi", roles = "field-office", attributes = @SecurityAttribute(key = "organisation",
            value = "XM-DAC-41128-ROEA"))
    void shouldImportAFileAndShowItsProgressUntilItEnds() {
        CoordinationStub.IMPORT_POLLS.set(0);
        byte[] file = "<iati-activities version=\"2.03\"></iati-activities>".getBytes(StandardCharsets.UTF_8);
        given().redirects().follow(false).multiPart("file", "activities.xml", file, "text/xml")
                .multiPart("scope", "RELEVANT").when().post("/imports").then().statusCode(303)
                .header("Location", containsString("/imports/job-1"));
        CoordinationStub.Call sent = CoordinationStub.last("/api/v1/iati/imports");
        assertThat(sent.query()).contains("fileName=activities.xml", "scope=RELEVANT");
        assertThat(sent.body()).isEqualTo(new String(file, StandardCharsets.UTF_8));
        assertThat(sent.authorization()).isNull(); // a test identity has no token; a signed-in user's goes along

        given().queryParam("lang", "en").when().get("/imports/job-1").then().statusCode(200)
                .body(containsString("hx-get=\"/imports/job-1/progress?lang=en\" hx-trigger=\"every 1s\""))
                .body(containsString("<progress id=\"bar\" max=\"1200\" value=\"600\"></progress>"))
                .body(containsString("600 of 1,200 activities"))
                .body(containsString("<noscript><meta http-equiv=\"refresh\" content=\"3\"></noscript>"));
        given().queryParam("lang", "en").when().get("/imports/job-1/progress").then().statusCode(200)
                .header("HX-Refresh", (String) null).body(containsString("Importing"));
        given().queryParam("lang", "en").when().get("/imports/job-1/progress").then().statusCode(200)
                .header("HX-Refresh", "true").body(not(containsString("hx-trigger")));
        given().queryParam("lang", "en").when().get("/imports/job-1").then().statusCode(200)
                .body(containsString("Imported")).body(containsString("<td class=\"num\">1,190</td>"))
                .body(containsString("the file declares no version")).body(containsString("recipient-country XX is not a country"))
                .body(not(containsString("http-equiv=\"refresh\"")));
    }

    @Test
    @TestSecurity(user = "fo-nairobi", roles = "field-office", attributes = @SecurityAttribute(key = "organisation",
            value = "XM-DAC-41128-ROEA"))
    void shouldSayWhatTheRegistryRefusedAndAskForAFile() {
        given().multiPart("file", "notes.txt", "hello".getBytes(StandardCharsets.UTF_8), "text/plain")
                .when().post("/imports").then().statusCode(415).body(containsString("Not an IATI activity file"));
        given().queryParam("lang", "fr").multiPart("scope", "ALL").when().post("/imports").then().statusCode(400)
                .body(containsString("Choisissez un fichier à importer."));
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "coordinator")
    void shouldRebuildTheReadModelsWithItsProgress() {
        CoordinationStub.REBUILD_POLLS.set(0);
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").body("mode=VERIFY").when()
                .post("/rebuilds").then().statusCode(303).header("Location", containsString("/rebuilds/rb-1"));
        assertThat(CoordinationStub.last("POST", "/api/v1/read-models/rebuilds").query()).contains("mode=VERIFY");
        given().queryParam("lang", "en").when().get("/rebuilds/rb-1").then().statusCode(200)
                .body(containsString("<progress id=\"bar\" max=\"100\" value=\"40\"></progress>"))
                .body(containsString("800 of 2,000 events")).body(containsString("hx-trigger=\"every 1s\""));
        given().queryParam("lang", "en").when().get("/rebuilds/rb-1/progress").then().statusCode(200)
                .header("HX-Refresh", "true");
        given().queryParam("lang", "en").when().get("/rebuilds/rb-1").then().statusCode(200)
                .body(containsString("data-model=\"activity_read_model\"")).body(containsString("Done"));
    }

    @Test
    @TestSecurity(user = "analyst", roles = "analyst")
    void shouldKeepImportsFromAnAnalyst() {
        given().when().get("/rebuilds").then().statusCode(403);
        given().when().get("/imports").then().statusCode(403);
    }
}
