package org.taplatform.console.page;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;
import org.taplatform.console.StubServices;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * The Secretariat's view of the cycles: each cycle, and for one the rate per instrument with the States that
 * responded and those that did not, named in the page's language and sorted as it sorts; not for donors.
 */
@QuarkusTest
@WithTestResource(StubServices.class)
class CyclesPageTest {

    @Test
    @TestSecurity(user = "coordinator", roles = "coordinator")
    void shouldListTheCyclesAndNameTheStatesThatDidAndDidNotRespond() {
        given().queryParam("lang", "en").when().get("/cycles").then().statusCode(200)
                .body(containsString("<a href=\"/cycles/cy-old\">Second reporting cycle (2006-2008)</a>"))
                .body(containsString("2006-02-01 – 2008-06-30"))
                .body(containsString("href=\"/cycles\">Reporting cycles</a>"));
        given().queryParam("lang", "fr").when().get("/cycles/cy-old").then().statusCode(200)
                .body(containsString("UNTOC: 66,7 % (2 / 3)"))
                .body(containsString("data-respondents=\"UNTOC\">Colombia; Kenya</p>"))
                .body(containsString("États n&#39;ayant pas répondu (1)"))
                .body(containsString("data-non-respondents=\"UNTOC\">ZZZ</p>"));
    }

    @Test
    @TestSecurity(user = "donor-norland", roles = "donor")
    void shouldNotOpenThemToADonor() {
        given().when().get("/cycles").then().statusCode(403);
        given().when().get("/").then().statusCode(200).body(org.hamcrest.Matchers.not(containsString("href=\"/cycles\"")));
    }
}
