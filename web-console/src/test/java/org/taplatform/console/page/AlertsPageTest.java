package org.taplatform.console.page;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;
import org.taplatform.console.CoordinationStub;
import org.taplatform.console.StubServices;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * A coordinator triages overlap alerts: the open ones listed with severity, both activities, the States by name and
 * the date in the page's language; one alert with its evidence and history; merging names the copy and a reason and
 * sends the version read as If-Match; a blank reason, a stale version and a refusal are each shown as such.
 */
@QuarkusTest
@WithTestResource(StubServices.class)
class AlertsPageTest {

    @Test
    @TestSecurity(user = "coordinator", roles = "coordinator")
    void shouldListTheOpenAlertsFirst() {
        given().queryParam("lang", "fr").when().get("/alerts").then().statusCode(200)
                .body(containsString("data-alert=\"a-1\" data-severity=\"HIGH\""))
                .body(containsString("probablement la même activité")).body(containsString("<td>Kenya</td>"))
                .body(containsString("20 nov. 2026")).body(containsString("<option value=\"OPEN\" selected>Ouverte</option>"));
        assertThat(CoordinationStub.last("/api/v1/overlap-alerts").query()).contains("status=OPEN", "limit=25");
        given().when().get("/alerts?status=ANY").then().statusCode(200);
        assertThat(CoordinationStub.last("/api/v1/overlap-alerts").query()).doesNotContain("status=");
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "coordinator")
    void shouldMergeADuplicateWithTheVersionReadAndAReason() {
        given().queryParam("lang", "en").when().get("/alerts/a-merge").then().statusCode(200)
                .body(containsString("alike titles: mutual legal assistance training prosecutors"))
                .body(containsString("name=\"version\" value=\"3\"")).body(containsString("82.0 %"))
                .body(containsString("value=\"merge\""));
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .body("version=3&action=merge&duplicate=XI-IATI-IICJ-MLA-1&reason=Reported+twice").when()
                .post("/alerts/a-merge").then().statusCode(303)
                .header("Location", containsString("/alerts/a-merge?settled=merge"));
        CoordinationStub.Call merge = CoordinationStub.last("/api/v1/overlap-alerts/a-merge/merge");
        assertThat(merge.ifMatch()).isEqualTo("\"3\"");
        assertThat(merge.body()).contains("\"duplicate\":\"XI-IATI-IICJ-MLA-1\"", "\"reason\":\"Reported twice\"");
        given().queryParam("lang", "en").queryParam("settled", "merge").when().get("/alerts/a-merge").then()
                .statusCode(200).body(containsString("Merged: the copy no longer counts"))
                .body(not(containsString("value=\"merge\"")));
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "coordinator")
    void shouldShowABlankReasonAndAStaleVersionAsSuch() {
        given().contentType("application/x-www-form-urlencoded").body("version=3&action=dismiss&reason=").when()
                .post("/alerts/a-blank").then().statusCode(400).body(containsString("reason: must not be blank"));
        given().contentType("application/x-www-form-urlencoded").queryParam("lang", "en")
                .body("version=2&action=acknowledge").when().post("/alerts/a-stale").then().statusCode(412)
                .body(containsString("id=\"problem\""));
    }

    @Test
    @TestSecurity(user = "donor-sudland", roles = "donor")
    void shouldShowTheForbiddenPageWhenTheServiceRefusesToLetThisUserSettle() {
        given().contentType("application/x-www-form-urlencoded").queryParam("lang", "es")
                .body("version=3&action=dismiss&reason=Not+ours").when().post("/alerts/a-readonly").then()
                .statusCode(403).body(containsString("No para esta cuenta"));
    }

    @Test
    @TestSecurity(user = "focal-ken", roles = "state-focal-point")
    void shouldKeepAlertsFromAFocalPoint() {
        given().when().get("/alerts").then().statusCode(403);
    }
}
