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
 * A donor's pledges (its own, recorded for its organisation, a refusal shown) and webhook subscriptions (listed,
 * subscribed with the secret shown once on the answer page and nowhere else, a refused callback shown, ended, the
 * delivery log).
 */
@QuarkusTest
@WithTestResource(StubServices.class)
@TestSecurity(user = "donor-norland", roles = "donor", attributes = @SecurityAttribute(key = "organisation",
        value = "XI-IATI-NORLANDMFA"))
class DonorPagesTest {

    @Test
    void shouldListAndRecordTheOrganisationsPledges() {
        given().queryParam("lang", "fr").queryParam("needId", "g-1").queryParam("country", "KEN").when()
                .get("/pledges").then().statusCode(200)
                .body(containsString("<th scope=\"row\">Kenya</th>")).body(containsString("30\u202f000,5 USD"))
                .body(containsString("Engagé")).body(containsString("name=\"needId\" value=\"g-1\""))
                .body(containsString("<option value=\"KEN\" selected>Kenya</option>"));
        assertThat(CoordinationStub.last("/api/v1/pledges").query()).contains("donor=XI-IATI-NORLANDMFA");
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .body("needId=g-1&country=KEN&amount=25000&currency=EUR&status=PLEDGED&note=Year+one").when()
                .post("/pledges").then().statusCode(303).header("Location", containsString("/pledges?recorded=true"));
        CoordinationStub.Call recorded = CoordinationStub.last("POST", "/api/v1/pledges");
        assertThat(recorded.body()).contains("\"donor\":\"XI-IATI-NORLANDMFA\"", "\"needId\":\"g-1\"",
                "\"amount\":25000", "\"currency\":\"EUR\"", "\"note\":\"Year one\"");
        given().contentType("application/x-www-form-urlencoded").body("country=KEN&amount=0&currency=USD&status=PLEDGED")
                .when().post("/pledges").then().statusCode(400).body(containsString("amount: must be more than 0"));
        given().contentType("application/x-www-form-urlencoded").queryParam("lang", "es").body("amount=abc").when()
                .post("/pledges").then().statusCode(400).body(containsString("Se requieren un país y un importe"));
    }

    @Test
    void shouldSubscribeShowTheSecretOnceAndEndASubscription() {
        given().queryParam("lang", "en").when().get("/subscriptions").then().statusCode(200)
                .body(containsString("https://donor.example/hooks")).body(containsString("Needs, Gaps (coverage)"))
                .body(containsString("our grants system")).body(not(containsString("whsec_")));
        String answer = given().contentType("application/x-www-form-urlencoded").queryParam("lang", "en")
                .body("callbackUrl=https%3A%2F%2Fdonor.example%2Fneeds&kinds=NEED&kinds=OVERLAP&kinds=BOGUS"
                        + "&countries=KEN&countries=TZA&description=grants")
                .when().post("/subscriptions").then().statusCode(201).extract().asString();
        assertThat(answer).contains("<code id=\"secret\">whsec_c2VjcmV0LW9uY2U=</code>", "shown this once");
        CoordinationStub.Call subscribed = CoordinationStub.last("POST", "/api/v1/subscriptions");
        assertThat(subscribed.body()).contains("\"kinds\":[\"NEED\",\"OVERLAP\"]", "\"countries\":[\"KEN\",\"TZA\"]",
                "\"callbackUrl\":\"https://donor.example/needs\"");
        given().when().get("/subscriptions").then().statusCode(200).body(not(containsString("whsec_")));
        given().contentType("application/x-www-form-urlencoded")
                .body("callbackUrl=http%3A%2F%2Flocalhost%2Fx&kinds=NEED").when().post("/subscriptions").then()
                .statusCode(400).body(containsString("callbackUrl: must be an address on the internet"));
        given().redirects().follow(false).when().post("/subscriptions/s-1/end").then().statusCode(303);
        assertThat(CoordinationStub.last("DELETE", "/api/v1/subscriptions/s-1")).isNotNull();
        given().queryParam("lang", "en").when().get("/subscriptions/s-1").then().statusCode(200)
                .body(containsString("ta.needs.need.registered.v1")).body(containsString("Not delivered (dead letter)"))
                .body(containsString("HTTP 500 <span lang=\"en\">Internal Server Error</span>"));
    }

    @Test
    @TestSecurity(user = "donor-norland", roles = "donor")
    void shouldShowEachDeliverysAttemptsAndSendADeadLetterAgain() {
        String log = given().queryParam("lang", "fr").when().get("/subscriptions/s-1").then().statusCode(200)
                .extract().asString();
        assertThat(log).contains("<summary>Essais (2)</summary>", "2 nov. 2026, 08:00:31 UTC",
                "<span lang=\"en\">connection refused</span> (3 ms)", "(1\u202f234 ms)", "Remis",
                "Non remis (lettre morte)", "webhook-id <code>msg_d-1</code>",
                "action=\"/subscriptions/s-1/deliveries/d-1/redeliver\"")
                .doesNotContain("/deliveries/d-2/redeliver"); // only a dead letter is sent again
        given().redirects().follow(false).when().post("/subscriptions/s-1/deliveries/d-1/redeliver").then()
                .statusCode(303).header("Location", containsString("/subscriptions/s-1?redelivered=true"));
        assertThat(CoordinationStub.last("POST", "/api/v1/subscriptions/s-1/deliveries/d-1/redeliver")).isNotNull();
        given().queryParam("redelivered", "true").queryParam("lang", "en").when().get("/subscriptions/s-1").then()
                .statusCode(200).body(containsString("Sent again: a fresh set of attempts"));
        // the service refuses anything but a dead letter, and the page says why
        given().queryParam("lang", "en").when().post("/subscriptions/s-1/deliveries/d-2/redeliver").then()
                .statusCode(409).body(containsString("Only a dead delivery is sent again"));
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "coordinator")
    void shouldKeepAnOrganisationsPagesFromACoordinator() {
        given().when().get("/pledges").then().statusCode(403);
        given().when().get("/subscriptions").then().statusCode(403);
        var before = CoordinationStub.last("POST", "/api/v1/subscriptions/s-1/deliveries/d-1/redeliver");
        given().redirects().follow(false).when().post("/subscriptions/s-1/deliveries/d-1/redeliver").then()
                .statusCode(403);
        assertThat(CoordinationStub.last("POST", "/api/v1/subscriptions/s-1/deliveries/d-1/redeliver"))
                .as("nothing sent again").isSameAs(before);
    }
}
