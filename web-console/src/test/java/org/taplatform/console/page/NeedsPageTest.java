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
 * A donor's desk officer reads the needs they may see: filtered by country, instrument and type, in pages (following
 * the service's cursor), counted by type; a filter the service refuses is shown with its reason; anonymous readers and
 * roles that do not read the register are not let in.
 */
@QuarkusTest
@WithTestResource(StubServices.class)
class NeedsPageTest {

    @Test
    @TestSecurity(user = "donor-norland", roles = "donor")
    void shouldListTheNeedsTheReaderMaySeePageByPage() {
        String first = given().queryParam("country", "KEN").queryParam("instrument", "UNTOC").queryParam("lang", "fr")
                .when().get("/needs").then().statusCode(200).header("Content-Language", "fr").extract().asString();
        assertThat(first).contains("<h1>Besoins</h1>", "<option value=\"KEN\" selected>Kenya</option>",
                "<option value=\"UNTOC\" selected>Organized Crime Convention</option>",
                "<td>Kenya</td>", "UNTOC, article 18", "<th scope=\"row\">Drafting legislation</th>",
                "Drafting amendments", "Training/capacity-building",
                "href=\"/needs?country=KEN&amp;instrument=UNTOC&amp;taType=&amp;cursor=page2\">Page suivante</a>",
                "href=\"/needs\">Besoins</a>");
        assertThat(StubServices.LAST_QUERY.get("needs")).contains("country=KEN", "instrument=UNTOC", "lang=fr",
                "limit=25");
        given().queryParam("country", "KEN").queryParam("instrument", "UNTOC").queryParam("cursor", "page2")
                .when().get("/needs").then().statusCode(200)
                .body(containsString("Second page need")).body(not(containsString("rel=\"next\"")));
    }

    @Test
    @TestSecurity(user = "donor-norland", roles = "donor")
    void shouldShowAFilterTheServiceRefusesWithItsReason() {
        given().queryParam("country", "XXX").when().get("/needs").then().statusCode(400)
                .body(containsString("1 value rejected: country XXX is not a country"));
    }

    @Test
    void shouldSendAnonymousReadersToSignIn() {
        given().redirects().follow(false).when().get("/needs").then().statusCode(302);
    }

    @Test
    @TestSecurity(user = "analyst", roles = "analyst")
    void shouldKeepTheRegisterFromARoleThatDoesNotReadIt() {
        given().when().get("/needs").then().statusCode(403);
        given().when().get("/").then().statusCode(200).body(not(containsString("href=\"/needs\"")));
    }
}
