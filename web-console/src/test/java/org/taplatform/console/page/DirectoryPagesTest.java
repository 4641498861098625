package org.taplatform.console.page;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;
import org.taplatform.console.CoordinationStub;
import org.taplatform.console.StubServices;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * The directory of competent national authorities (signed-in users; an entry to confirm again marked; the
 * spreadsheet with the page's filters) and the catalogue of tools (anyone; titles in the page's language, a link per
 * language the tool exists in, the next page by the registry's cursor).
 */
@QuarkusTest
@WithTestResource(StubServices.class)
class DirectoryPagesTest {

    @Test
    @TestSecurity(user = "coordinator", roles = "coordinator")
    void shouldShowTheDirectoryOfCompetentAuthoritiesAndItsSpreadsheet() {
        given().queryParam("country", "KEN").queryParam("stale", "true").queryParam("lang", "fr").when()
                .get("/authorities").then().statusCode(200).body(containsString("<td>Kenya</td>"))
                .body(containsString("Office of the Attorney General"))
                .body(containsString("EMAIL: mla@ag.example.ke (requests in English)"))
                .body(containsString("class=\"stale\"")).body(containsString("à reconfirmer"))
                .body(containsString("1 mars 2025")).body(containsString("href=\"/authorities.xlsx?country=KEN\""));
        assertThat(CoordinationStub.last("/api/v1/competent-authorities").query()).contains("country=KEN",
                "stale=true", "lang=fr");
        given().queryParam("country", "KEN").when().get("/authorities.xlsx").then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", containsString("competent-authorities.xlsx"));
        assertThat(CoordinationStub.last("/api/v1/competent-authorities/export/xlsx").query()).contains("country=KEN");
    }

    @Test
    void shouldKeepTheDirectoryFromAnonymousReaders() {
        given().redirects().follow(false).when().get("/authorities").then().statusCode(302);
    }

    @Test
    void shouldShowAnyoneTheCatalogueOfTools() {
        given().queryParam("kind", "MODEL_LAW").queryParam("lang", "fr").when().get("/tools").then().statusCode(200)
                .body(containsString("Loi type sur l&#39;entraide judiciaire en matière pénale"))
                .body(containsString("href=\"https://www.unodc.org/fr/loi-type.pdf\" hreflang=\"fr\""))
                .body(containsString("<option value=\"MODEL_LAW\" selected>Loi type</option>"))
                .body(containsString("(articles: 18)"))
                .body(containsString("href=\"/tools?instrument=&amp;kind=MODEL_LAW&amp;cursor=tools2\""));
        assertThat(CoordinationStub.last("/api/v1/tools").query()).contains("kind=MODEL_LAW", "limit=50");
        given().queryParam("kind", "NONSENSE").when().get("/tools").then().statusCode(200);
        given().when().get("/tools").then().statusCode(200).body(containsString("Model Law on Mutual Assistance"));
        assertThat(CoordinationStub.last("/api/v1/tools").query()).doesNotContain("kind=");
    }
}
