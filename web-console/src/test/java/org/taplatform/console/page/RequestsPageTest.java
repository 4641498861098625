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
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;

/**
 * Requests and offers, each role with its actions: a focal point asks for its own State (the needs to tick from the
 * register) and accepts an offer with the request's version; a coordinator forwards, starting from the need's best
 * matches; an organisation offers and withdraws its own offer; a stale version and a refusal shown as such.
 */
@QuarkusTest
@WithTestResource(StubServices.class)
class RequestsPageTest {

    @Test
    @TestSecurity(user = "focal-ken", roles = "state-focal-point", attributes = @SecurityAttribute(key = "country",
            value = "KEN"))
    void shouldLetAFocalPointAskForItsStateAndAcceptAnOffer() {
        given().queryParam("lang", "en").queryParam("country", "COL").when().get("/requests/new").then()
                .statusCode(200).body(containsString("Which of the needs of Kenya"))
                .body(containsString("name=\"needIds\" value=\"n-1\"")).body(not(containsString("id=\"f-country\"")));
        assertThat(StubServices.LAST_QUERY.get("needs")).contains("country=KEN");
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .body("country=COL&needIds=n-1&summary=Help+with+the+law").when().post("/requests/new").then()
                .statusCode(303).header("Location", containsString("/requests/rq-2?done=ask"));
        assertThat(CoordinationStub.last("POST", "/api/v1/requests").body()).contains("\"country\":\"KEN\"",
                "\"needIds\":[\"n-1\"]", "\"summary\":\"Help with the law\"");
        given().contentType("application/x-www-form-urlencoded").body("summary=Nothing").when().post("/requests/new")
                .then().statusCode(400).body(containsString("needIds: must not be empty"));

        given().queryParam("lang", "en").when().get("/requests/rq-1").then().statusCode(200)
                .body(containsString("Legislative drafting mission")).body(containsString("45,000 USD"))
                .body(containsString("value=\"accept\"")).body(containsString("value=\"cancel\""))
                .body(not(containsString("value=\"forward\""))).body(not(containsString("value=\"offer\"")));
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .body("action=accept&version=4&offer=of-1").when().post("/requests/rq-1").then().statusCode(303)
                .header("Location", containsString("/requests/rq-1?done=accept"));
        CoordinationStub.Call accepted = CoordinationStub.last("POST", "/api/v1/requests/rq-1/offers/of-1/accept");
        assertThat(accepted.ifMatch()).isEqualTo("\"4\"");
        given().contentType("application/x-www-form-urlencoded").queryParam("lang", "en")
                .body("action=accept&version=3&offer=of-1").when().post("/requests/rq-1").then().statusCode(412)
                .body(containsString("id=\"problem\""));
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "coordinator")
    void shouldLetACoordinatorForwardFromTheBestMatches() {
        given().queryParam("lang", "en").when().get("/requests").then().statusCode(200)
                .body(containsString("Help drafting the confiscation law")).body(containsString("Forwarded to organisations"));
        given().queryParam("lang", "en").when().get("/requests/rq-1").then().statusCode(200)
                .body(containsString("name=\"organisations\" value=\"XM-DAC-41128-ROEA\""))
                .body(containsString("value=\"forward\""));
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .body("action=forward&version=4&organisations=XM-DAC-41128-ROEA&organisations=XI-IATI-IICJ%2C+XI-IATI-ROLF")
                .when().post("/requests/rq-1").then().statusCode(303);
        assertThat(CoordinationStub.last("POST", "/api/v1/requests/rq-1/forward").body())
                .contains("\"organisations\":[\"XM-DAC-41128-ROEA\",\"XI-IATI-IICJ\",\"XI-IATI-ROLF\"]");
    }

    @Test
    @TestSecurity(user = "fo-nairobi", roles = "field-office", attributes = @SecurityAttribute(key = "organisation",
            value = "XM-DAC-41128-ROEA"))
    void shouldLetAnOrganisationOfferAndWithdrawItsOwnOffer() {
        given().queryParam("lang", "en").when().get("/requests/rq-1").then().statusCode(200)
                .body(containsString("value=\"offer\"")).body(containsString("value=\"withdraw\""))
                .body(not(containsString("value=\"accept\""))).body(not(containsString("value=\"forward\"")));
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").queryParam("lang", "fr")
                .body("action=offer&version=4&title=Drafting+mission&scope=Two+missions&plannedStart=2027-02-01"
                        + "&plannedEnd=2027-05-31&amount=45000&currency=USD")
                .when().post("/requests/rq-1").then().statusCode(303);
        assertThat(CoordinationStub.last("POST", "/api/v1/requests/rq-1/offers").body()).contains("\"language\":\"fr\"",
                "\"title\":\"Drafting mission\"", "\"budget\":{\"amount\":45000,\"currency\":\"USD\"}");
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .body("action=withdraw&version=4&offer=of-1&reason=No+longer+available").when().post("/requests/rq-1")
                .then().statusCode(303);
        assertThat(CoordinationStub.last("POST", "/api/v1/requests/rq-1/offers/of-1/withdraw").body())
                .contains("\"reason\":\"No longer available\"");
        given().when().get("/requests/new").then().statusCode(403);
    }
}
