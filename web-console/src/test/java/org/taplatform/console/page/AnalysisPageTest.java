package org.taplatform.console.page;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;
import org.taplatform.console.StubServices;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * Needs by a dimension as a table and a chart: anyone reads the public table (no country filter offered), a donor may
 * filter by country; the chart comes from the console's origin; a filter needs-service refuses is shown with its
 * reason; a dimension the page does not offer is no chart.
 */
@QuarkusTest
@WithTestResource(StubServices.class)
class AnalysisPageTest {

    @Test
    void shouldShowAnyoneThePublicBreakdownAndItsChart() {
        String page = given().queryParam("by", "region").queryParam("instrument", "UNTOC").queryParam("lang", "fr")
                .when().get("/analysis").then().statusCode(200).extract().asString();
        assertThat(page).contains("Besoins par type, instrument et région", "Les tableaux publics",
                "<option value=\"region\" selected>Région</option>", "<th scope=\"row\">Afrique</th>",
                "<td class=\"num\">1\u202f000</td>", "<td class=\"num\">81,0 %</td>",
                "src=\"/analysis/needs-by-region.png?country=&amp;instrument=UNTOC&amp;region=&amp;lang=fr\"",
                "alt=\"Besoins par Région\"").doesNotContain("id=\"f-country\"");
        assertThat(StubServices.LAST_QUERY.get("/api/v1/analysis/needs/by-region")).contains("instrument=UNTOC",
                "lang=fr");
        given().queryParam("lang", "fr").when().get("/analysis/needs-by-region.png").then().statusCode(200)
                .contentType("image/png").header("Cache-Control", "public, max-age=300");
        given().when().get("/analysis/needs-by-status.png").then().statusCode(404);
        given().queryParam("by", "nonsense").when().get("/analysis").then().statusCode(200)
                .body(containsString("<option value=\"ta-type\" selected>"));
        given().when().get("/analysis").then().statusCode(200).body(containsString("<option value=\"ta-type\" selected>"));
    }

    @Test
    @TestSecurity(user = "donor-norland", roles = "donor")
    void shouldLetADonorFilterByCountry() {
        given().queryParam("by", "region").queryParam("lang", "en").when().get("/analysis").then().statusCode(200)
                .body(containsString("id=\"f-country\"")).body(containsString("The needs you may see, counted"));
        given().queryParam("by", "region").queryParam("region", "999").when().get("/analysis").then().statusCode(400)
                .body(containsString("region 999 is not an M49 area")).body(not(containsString("<figure>")));
    }

    @Test
    @TestSecurity(user = "donor-norland", roles = "donor")
    void shouldCountADonorsNeedsByCountryWithAWayToEachCountry() {
        String page = given().queryParam("by", "country").queryParam("instrument", "TIP").queryParam("lang", "fr")
                .when().get("/analysis").then().statusCode(200).extract().asString();
        assertThat(page).contains("<option value=\"country\" selected>Pays</option>",
                "<th scope=\"row\"><a href=\"/countries/KEN\">Kenya</a></th>", "<td class=\"num\">60,0 %</td>",
                "src=\"/analysis/needs-by-country.png?country=&amp;instrument=TIP&amp;region=&amp;lang=fr\"",
                "alt=\"Besoins par Pays\"");
        assertThat(StubServices.LAST_QUERY.get("by-country")).contains("instrument=TIP");
        given().when().get("/analysis/needs-by-country.png").then().statusCode(200).contentType("image/png")
                .header("Cache-Control", "private, max-age=60");
    }

    @Test
    void shouldNotOfferNeedsByCountryToAnyoneElse() {
        given().queryParam("by", "country").when().get("/analysis").then().statusCode(200)
                .body(containsString("<option value=\"ta-type\" selected>"))
                .body(not(containsString("value=\"country\"")));
        given().when().get("/analysis/needs-by-country.png").then().statusCode(404);
    }
}
