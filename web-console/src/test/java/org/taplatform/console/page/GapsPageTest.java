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
 * A donor pages through the gaps coordination-service reports to them: filters passed on, names of the States and TA
 * subtypes in the page's language, coverage and its evidence, the counts by level formatted per language, the next
 * page by the service's cursor; one need's matches with each score explained; a need the service does not show this
 * reader is "not found" here too.
 */
@QuarkusTest
@WithTestResource(StubServices.class)
class GapsPageTest {

    @Test
    @TestSecurity(user = "donor-norland", roles = "donor")
    void shouldPageThroughTheGapsTheReaderMaySee() {
        String first = given().queryParam("country", "KEN").queryParam("instrument", "UNTOC").queryParam("lang", "fr")
                .when().get("/gaps").then().statusCode(200).header("Content-Language", "fr").extract().asString();
        assertThat(first).contains("Lacunes : besoins encore sans réponse", "<td><a href=\"/countries/KEN\">Kenya</a></td>", "UNTOC, article 18",
                "<th scope=\"row\">Drafting legislation</th>", "Non satisfait",
                "Aucune organisation enregistrée ne l&#39;offre",
                "<ul class=\"evidence\" lang=\"en\"><li>no activity or pledge answers it</li>",
                "<td class=\"num\">1\u202f234</td>", "href=\"/gaps/g-1\">Qui pourrait aider</a>", "1 à lire",
                "href=\"/gaps?country=KEN&amp;instrument=UNTOC&amp;taType=&amp;cursor=gaps2\">Page suivante</a>");
        CoordinationStub.Call call = CoordinationStub.last("/api/v1/gaps");
        assertThat(call.query()).contains("country=KEN", "instrument=UNTOC", "limit=25").doesNotContain("cursor");
        String second = given().queryParam("country", "KEN").queryParam("instrument", "UNTOC")
                .queryParam("cursor", "gaps2").when().get("/gaps").then().statusCode(200).extract().asString();
        assertThat(second).contains("g-2", "Partly covered", "an activity under way").doesNotContain("rel=\"next\"")
                .doesNotContain("No registered organisation offers this");
        assertThat(CoordinationStub.last("/api/v1/gaps").query()).contains("cursor=gaps2");
    }

    @Test
    @TestSecurity(user = "donor-norland", roles = "donor")
    void shouldShowAFilterTheServiceRefusesWithItsReason() {
        given().queryParam("country", "XXX").when().get("/gaps").then().statusCode(400)
                .body(containsString("1 value rejected: country XXX is not a country"));
    }

    @Test
    @TestSecurity(user = "donor-norland", roles = "donor")
    void shouldExplainWhoCouldAnswerANeed() {
        given().queryParam("lang", "en").when().get("/gaps/g-1").then().statusCode(200)
                .body(containsString("Who could answer this need"))
                .body(containsString("Kenya · UNTOC, article 18 · Drafting legislation · Unmet"))
                .body(containsString("UNODC Regional Office for Eastern Africa <span class=\"score\">score 0.81</span>"))
                .body(containsString("<span class=\"badge\">verified</span>"))
                .body(containsString("offers LEGAL.DRAFTING for UNTOC")).body(containsString("<td class=\"num\">0.31</td>"))
                .body(containsString("href=\"https://www.unodc.org/model-law.pdf\" hreflang=\"en\">Model Law on Mutual Assistance</a>"))
                .body(containsString("Draft with the drafters, not for them")).body(containsString("(XM-DAC-41128-ROEA, Sep 30, 2026)"));
        assertThat(CoordinationStub.last("/api/v1/needs/g-1/matches").query()).contains("limit=10");
    }

    @Test
    @TestSecurity(user = "donor-norland", roles = "donor")
    void shouldSayNotFoundForANeedTheServiceDoesNotShowThisReader() {
        given().queryParam("lang", "es").when().get("/gaps/hidden").then().statusCode(404)
                .header("Content-Language", "es")
                .body(containsString("<h1>No encontrado</h1>")).body(containsString("No need hidden"));
    }

    @Test
    @TestSecurity(user = "analyst", roles = "analyst")
    void shouldKeepGapsFromARoleThatDoesNotReadThem() {
        given().when().get("/gaps").then().statusCode(403);
        given().when().get("/").then().statusCode(200).body(not(containsString("href=\"/gaps\"")));
    }
}
