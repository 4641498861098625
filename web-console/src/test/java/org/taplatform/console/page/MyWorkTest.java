package org.taplatform.console.page;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;
import org.taplatform.console.StubServices;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * A signed-in user's start page names them and their roles in their language, offers sign-out; a page their role does
 * not open answers 403 with a page that says why, in their language.
 */
@QuarkusTest
@WithTestResource(StubServices.class)
class MyWorkTest {

    @Test
    @TestSecurity(user = "focal-ken", roles = { "state-focal-point", "offline_access" })
    void shouldNameTheUserAndTheirRolesInTheirLanguage() {
        given().queryParam("lang", "fr").when().get("/me").then().statusCode(200)
                .header("Content-Language", "fr")
                .body(containsString("Connecté en tant que focal-ken"))
                .body(containsString("<li data-role=\"state-focal-point\">Point de contact national</li>"))
                .body(not(containsString("offline_access")))
                .body(containsString("href=\"/sign-out\""));
    }

    @Test
    @TestSecurity(user = "donor-norland", roles = "donor")
    void shouldTellAUserWithoutTheRoleThatThePageIsNotForThem() {
        given().queryParam("lang", "es").when().get("/test-only/coordinators").then().statusCode(403)
                .header("Content-Language", "es")
                .contentType(containsString("text/html"))
                .body(containsString("No para esta cuenta"))
                .body(not(containsString("for coordinators")));
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "coordinator")
    void shouldOpenItForACoordinator() {
        given().when().get("/test-only/coordinators").then().statusCode(200).body(containsString("for coordinators"));
    }
}
