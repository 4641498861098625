package org.taplatform.console.page;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taplatform.console.StubServices;
import org.taplatform.console.SurveyStub;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * A focal point answers their State's questionnaire in the console: the open cycle's instruments with the State's
 * responses, one started, answered article by article in their language, saved as a draft with the service's report
 * beside each question (the legislation to cite once a measure is in place), refused input kept on the page with the
 * reason, submitted once complete; a stale page does not overwrite someone else's answers; a donor cannot open it.
 */
@QuarkusTest
@WithTestResource(StubServices.class)
@TestSecurity(user = "focal-col", roles = "state-focal-point", attributes = @SecurityAttribute(key = "country", value = "COL"))
class ResponsesPageTest {

    @BeforeEach
    void freshResponse() {
        SurveyStub.reset();
    }

    @Test
    void shouldListTheOpenCyclesInstrumentsWithTheStatesResponses() {
        String page = given().queryParam("lang", "en").when().get("/responses").then().statusCode(200)
                .extract().asString();
        assertThat(page).contains("Questionnaires of COL", "Demonstration cycle 2026", "data-start=\"SOM\"",
                "href=\"/responses/r-tip\">Read</a>", "submitted (Revision 1)")
                .doesNotContain("Second reporting cycle");
    }

    @Test
    void shouldStartAResponseInThePagesLanguageOrSayWhyNot() {
        String location = given().redirects().follow(false).queryParam("lang", "es").contentType(ContentType.URLENC)
                .formParam("cycleId", "cy-open").formParam("instrument", "SOM")
                .when().post("/responses/start").then().statusCode(303).extract().header("Location");
        assertThat(location).endsWith("/responses/r-som");
        assertThat(SurveyStub.SAVED.get("start").toString()).contains("\"country\":\"COL\"", "\"language\":\"es\"");
        String refused = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("cycleId", "cy-open").formParam("instrument", "TIP")
                .when().post("/responses/start").then().statusCode(303).extract().header("Location");
        given().urlEncodingEnabled(false).cookie("lang", "en").when().get(refused.replaceFirst("^https?://[^/]+", ""))
                .then().statusCode(200)
                .body(containsString("COL is not expected to report on TIP in this cycle"));
    }

    @Test
    void shouldShowTheQuestionnaireArticleByArticleInTheUsersLanguage() {
        given().queryParam("lang", "es").when().get("/responses/r-som").then().statusCode(200)
                .header("Content-Language", "es")
                .body(containsString("<h2 id=\"s-A6\">Artículo 6. Penalización</h2>"))
                .body(containsString("¿Ha adoptado su país las medidas que exige el artículo 6?"))
                .body(containsString("name=\"q.A6.1\" value=\"PARTLY\"> En parte"))
                .body(containsString("<option value=\"LEGAL.DRAFTING\">Asistencia en la redacción de legislación</option>"))
                .body(containsString("<option value=\"REPORTING.LEGISLATION_REVIEW\">Reporting: Review of legislation for reporting</option>"))
                .body(containsString("Guardar y presentar"));
    }

    @Test
    void shouldSaveTheDraftAndShowWhatIsStillMissingBesideItsQuestion() {
        given().queryParam("lang", "en").contentType(ContentType.URLENC).formParam("etag", "\"1\"")
                .formParam("q.A6.1", "PARTLY").formParam("n.A6.TA.0.id", "").formParam("n.A6.TA.0.taSubtype", "LEGAL.DRAFTING")
                .formParam("n.A6.TA.0.priority", "HIGH").formParam("n.A6.TA.0.consent", "PUBLIC")
                .formParam("n.A6.TA.0.description", "Amend the Migration Act").formParam("n.G.TA.0.taSubtype", "")
                .formParam("action", "save")
                .when().post("/responses/r-som").then().statusCode(200)
                .body(containsString("Saved."))
                .body(containsString("name=\"q.A6.1\" value=\"PARTLY\" checked"))
                .body(containsString("<li>Required when A6.1 is answered Yes / Partly.</li>"))
                .body(containsString("aria-describedby=\"q-A6-2-problems\""));
        // in the user's language from the service's codes; a problem without a code as the service wrote it
        given().queryParam("lang", "es").when().get("/responses/r-som").then().statusCode(200)
                .body(containsString("<li>Obligatorio cuando la respuesta a A6.1 es Sí / En parte.</li>"))
                .body(containsString("<li>Obligatorio.</li>"));
        assertThat(SurveyStub.SAVED.get("answers").toString()).contains("\"A6.1\":\"PARTLY\"",
                "\"A6.TA\":[{\"taSubtype\":\"LEGAL.DRAFTING\",\"priority\":\"HIGH\",\"consent\":\"PUBLIC\",\"description\":\"Amend the Migration Act\"}]")
                .doesNotContain("G.TA");
    }

    @Test
    void shouldKeepRefusedInputOnThePageWithTheReason() {
        String tooLong = "Código Penal, artículo 188, y su reglamentación completa";
        given().contentType(ContentType.URLENC).formParam("etag", "\"1\"").formParam("q.A6.1", "YES")
                .formParam("q.A6.2", tooLong).formParam("action", "save")
                .when().post("/responses/r-som").then().statusCode(400)
                .body(containsString("Not saved"))
                .body(containsString(tooLong + "</textarea>"))
                .body(containsString("is 56 characters long; at most 40"));
        given().when().get("/responses/r-som").then().statusCode(200)
                .body(not(containsString("value=\"YES\" checked"))); // nothing was saved
    }

    @Test
    void shouldSubmitOnlyACompleteResponse() {
        given().contentType(ContentType.URLENC).formParam("etag", "\"1\"").formParam("q.A6.1", "NO")
                .formParam("action", "submit")
                .when().post("/responses/r-som").then().statusCode(422)
                .body(containsString("Not submitted"))
                .body(containsString("data-question=\"G.1\""));
        assertThat(SurveyStub.submitted).isFalse();
        String location = given().redirects().follow(false).contentType(ContentType.URLENC).formParam("etag", "\"2\"")
                .formParam("q.A6.1", "NO").formParam("q.G.1", "INTERAGENCY_BODY").formParam("action", "submit")
                .when().post("/responses/r-som").then().statusCode(303).extract().header("Location");
        assertThat(SurveyStub.submitted).isTrue();
        given().when().get(location.replaceFirst("^https?://[^/]+", "")).then().statusCode(200)
                .body(containsString("Submitted: the needs stated go on to the needs register."))
                .body(containsString("disabled"))
                .body(not(containsString("name=\"action\"")));
    }

    @Test
    void shouldAmendASubmittedResponseWithAReasonAndShowItsRevisions() {
        SurveyStub.submitted = true;
        given().when().get("/responses/r-som").then().statusCode(200)
                .body(containsString("href=\"/responses/r-som?amend=true\">Amend</a>"))
                .body(containsString("data-revision=\"1\""))
                .body(not(containsString("name=\"action\"")));
        given().queryParam("amend", true).when().get("/responses/r-som").then().statusCode(200)
                .body(containsString("name=\"action\" value=\"amend\""))
                .body(containsString("name=\"reason\""));
        // no reason: refused, the input kept
        given().contentType(ContentType.URLENC).formParam("etag", "\"1\"").formParam("q.A6.1", "YES")
                .formParam("q.A6.2", "Ley 1453 de 2011").formParam("q.G.1", "INTERAGENCY_BODY")
                .formParam("reason", " ").formParam("action", "amend")
                .when().post("/responses/r-som").then().statusCode(400)
                .body(containsString("Not amended: must not be blank"))
                .body(containsString("Ley 1453 de 2011</textarea>"));
        String location = given().redirects().follow(false).contentType(ContentType.URLENC).formParam("etag", "\"1\"")
                .formParam("q.A6.1", "YES").formParam("q.A6.2", "Ley 1453 de 2011").formParam("q.G.1", "INTERAGENCY_BODY")
                .formParam("reason", "The 2011 law was adopted").formParam("action", "amend")
                .when().post("/responses/r-som").then().statusCode(303).extract().header("Location");
        assertThat(SurveyStub.SAVED.get("amendment").toString()).contains("\"reason\":\"The 2011 law was adopted\"",
                "\"A6.1\":\"YES\"");
        given().when().get(location.replaceFirst("^https?://[^/]+", "")).then().statusCode(200)
                .body(containsString("Amended: a new revision"))
                .body(containsString("The 2011 law was adopted"));
    }

    /**
     * With JavaScript, htmx posts the form a moment after each change: the draft is saved with the page's ETag and the
     * new one comes back to replace it; a stale page is told to reload instead of overwriting.
     */
    @Test
    void shouldAutosaveTheDraftAndHandTheNewETagBack() {
        String page = given().queryParam("lang", "fr").when().get("/responses/r-som").then().statusCode(200)
                .extract().asString();
        assertThat(page).contains("hx-post=\"/responses/r-som/autosave?lang=fr\"", "hx-trigger=\"change delay:1s\"",
                "<script src=\"/webjars/htmx.org/2.0.10/dist/htmx.min.js\" defer></script>",
                "name=\"questionnaire\" value=\"q-som\"", "id=\"autosave\"");
        given().when().get("/webjars/htmx.org/2.0.10/dist/htmx.min.js").then().statusCode(200)
                .body(containsString("htmx"));
        String etag = page.replaceAll("(?s).*name=\"etag\" id=\"etag\" value=\"([^\"]*)\".*", "$1").replace("&quot;", "\"");
        given().contentType(ContentType.URLENC).queryParam("lang", "fr").formParam("etag", etag)
                .formParam("questionnaire", "q-som").formParam("q.A6.1", "PARTLY").when()
                .post("/responses/r-som/autosave").then().statusCode(200)
                .body(containsString("Brouillon enregistré automatiquement à"))
                .body(containsString("id=\"etag\" value=\"&quot;2&quot;\" hx-swap-oob=\"true\""));
        assertThat(SurveyStub.SAVED.get("answers").path("answers").path("A6.1").asText()).isEqualTo("PARTLY");
        given().contentType(ContentType.URLENC).queryParam("lang", "fr").formParam("etag", etag)
                .formParam("questionnaire", "q-som").formParam("q.A6.1", "NO").when()
                .post("/responses/r-som/autosave").then().statusCode(200)
                .body(containsString("Rechargez la page")).body(not(containsString("hx-swap-oob")));
    }

    @Test
    void shouldNotOverwriteAnswersSomeoneSavedMeanwhile() {
        given().contentType(ContentType.URLENC).formParam("etag", "\"0\"").formParam("q.A6.1", "YES")
                .formParam("action", "save")
                .when().post("/responses/r-som").then().statusCode(409)
                .body(containsString("Someone changed this response meanwhile"));
        assertThat(SurveyStub.SAVED).doesNotContainKey("answers");
    }

    @Test
    @TestSecurity(user = "donor-norland", roles = "donor")
    void shouldNotOpenAStatesQuestionnaireToADonor() {
        given().when().get("/responses/r-som").then().statusCode(403).body(containsString("Not for this account"));
        given().when().get("/responses").then().statusCode(403);
    }
}
