package org.taplatform.registry.support;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.taplatform.testsupport.TestTokens;

import io.restassured.http.ContentType;

/** Organisations and tokens of their people, each test with organisations of its own. */
public final class RegistryFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private RegistryFixtures() {
    }

    /** A fresh identifier, e.g. XI-TEST-ORG17 (unique in this test JVM and across runs on a shared database). */
    public static String newIdentifier() {
        return "XI-TEST-" + Long.toString(System.nanoTime(), 36).toUpperCase() + SEQUENCE.incrementAndGet();
    }

    public static String tokenOf(String role, String organisation) {
        return TestTokens.token(role + "-user", Set.of(role), Map.of("organisation", organisation));
    }

    /** Registers an organisation (as a coordinator) and returns its identifier. */
    public static String organisation(String kind, String... countries) {
        String identifier = newIdentifier();
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("identifier", identifier, "kind", kind, "names", Map.of("en", "Organisation " + identifier),
                        "countries", java.util.List.of(countries), "languages", java.util.List.of("en")))
                .when().post("/api/v1/organisations").then().statusCode(201);
        return identifier;
    }
}
