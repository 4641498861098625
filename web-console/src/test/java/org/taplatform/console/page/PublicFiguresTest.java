package org.taplatform.console.page;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;
import org.taplatform.console.StubServices;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The public figures page, for anyone: needs-service's response rates and public needs table, in the language asked
 * for (labels from the service in that language, the console's own texts from its bundles, numbers as the language
 * writes them), Arabic right to left, the choice remembered; the chart from the console's own origin; a page that
 * says so when needs-service cannot answer.
 */
@QuarkusTest
@WithTestResource(StubServices.class)
class PublicFiguresTest {

    /** A path no page has is a "not found" page in the reader's language (a browser's favicon request among them). */
    @Test
    void shouldAnswerAPathNoPageHasWithANotFoundPage() {
        given().queryParam("lang", "fr").when().get("/no-such-page").then().statusCode(404)
                .contentType(containsString("text/html")).body(containsString("<h1>Introuvable</h1>"));
        given().when().get("/favicon.ico").then().statusCode(404);
        given().when().get("/static/favicon.svg").then().statusCode(200).body(containsString("<svg"));
    }

    @Test
    void shouldShowTheResponseRatesAndThePublicNeedsTable() {
        String page = given().when().get("/").then().statusCode(200)
                .contentType(containsString("text/html")).header("Content-Language", "en")
                .extract().asString();
        assertThat(page).contains("<html lang=\"en\" dir=\"ltr\">", "<h2 id=\"rates\">Response rates by reporting cycle</h2>",
                "<caption>Second reporting cycle (2006-2008) (closed)</caption>",
                "<th scope=\"row\">Organized Crime Convention</th><td class=\"num\">1,234</td>",
                "<td class=\"num\">55.0 %</td>", "Demonstration cycle 2026 (open)",
                "<th scope=\"row\">Training/capacity-building</th><td class=\"num\">75</td><td class=\"num\">25.0 %</td>",
                "Cells from fewer than 3 States are withheld: 2 needs",
                "src=\"/charts/needs-by-ta-type.png?lang=en\"", "href=\"/sign-in\"");
        assertThat(StubServices.LAST_QUERY.get("/api/v1/analysis/needs/by-ta-type")).contains("view=public");
    }

    @Test
    void shouldShowThePageInArabicRightToLeftAndRememberTheChoice() {
        var arabic = given().queryParam("lang", "ar").when().get("/").then().statusCode(200)
                .header("Content-Language", "ar").cookie("lang", "ar").extract();
        assertThat(arabic.asString()).contains("<html lang=\"ar\" dir=\"rtl\">", "معدلات الردود حسب دورة الإبلاغ",
                "اتفاقية الجريمة المنظمة", "<td class=\"num\">1,234</td>");
        assertThat(StubServices.LAST_QUERY.get("/api/v1/analysis/response-rates")).contains("lang=ar");
        // the next page, without asking: still Arabic
        given().cookie("lang", "ar").when().get("/").then().statusCode(200).header("Content-Language", "ar")
                .body(containsString("dir=\"rtl\""));
        // French numbers and texts; the browser's language when nothing was chosen
        given().header("Accept-Language", "fr-CH, fr;q=0.9, en;q=0.5").when().get("/").then().statusCode(200)
                .header("Content-Language", "fr")
                .body(containsString("Taux de réponse par cycle de rapport"))
                .body(containsString("<td class=\"num\">1\u202f234</td>"))
                .body(containsString("55,0 %"));
        // a language the platform does not speak falls back to English
        given().queryParam("lang", "de").when().get("/").then().statusCode(200).header("Content-Language", "en");
    }

    @Test
    void shouldServeTheChartFromTheConsolesOrigin() {
        byte[] chart = given().queryParam("lang", "ru").when().get("/charts/needs-by-ta-type.png").then()
                .statusCode(200).contentType("image/png").extract().asByteArray();
        assertThat(chart).isEqualTo(StubServices.CHART);
        assertThat(StubServices.LAST_QUERY.get("chart")).contains("lang=ru").contains("view=public");
    }

    @Test
    void shouldSaySoWhenTheFiguresCannotBeRead() {
        StubServices.needsServiceDown = true;
        try {
            given().when().get("/").then().statusCode(200)
                    .body(containsString("The figures cannot be read at the moment"))
                    .body(not(containsString("<table")));
        } finally {
            StubServices.needsServiceDown = false;
        }
    }

    @Test
    void shouldSendAnonymousUsersToSignInWithPkce() {
        String location = given().redirects().follow(false).when().get("/me").then().statusCode(302)
                .extract().header("Location");
        assertThat(location).contains("/realms/ta-platform/protocol/openid-connect/auth")
                .contains("client_id=ta-console").contains("code_challenge_method=S256").contains("code_challenge=")
                .contains("response_type=code");
        given().redirects().follow(false).when().get("/").then().statusCode(200); // the public page needs no sign-in
    }

    /**
     * A page's script cannot follow a redirect to Keycloak (another origin): without a session, an htmx request (an
     * autosave, a progress poll) gets 499, which console.js answers by keeping the form and loading the page again.
     */
    @Test
    void shouldAnswerAScriptsRequestWithoutASessionWith499InsteadOfARedirect() {
        given().redirects().follow(false).header("HX-Request", "true").contentType("application/x-www-form-urlencoded")
                .formParam("questionnaire", "q-1").when().post("/responses/r-1/autosave").then().statusCode(499)
                .header("Location", org.hamcrest.Matchers.nullValue());
        given().redirects().follow(false).header("HX-Request", "true").when().get("/imports/j-1/progress").then()
                .statusCode(499);
        given().redirects().follow(false).when().get("/responses/r-1").then().statusCode(302);
    }

    @Test
    void shouldNotShowAnotherUsersPageEither() {
        given().redirects().follow(false).when().get("/test-only/coordinators").then().statusCode(equalTo(302));
    }
}
