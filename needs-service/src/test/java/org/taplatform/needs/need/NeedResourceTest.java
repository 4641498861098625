package org.taplatform.needs.need;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taplatform.events.SharingConsent;
import org.taplatform.events.survey.ResponseSubmitted;
import org.taplatform.events.survey.StatedNeed;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Who sees which need: the State's sharing consent, the caller's role and country. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class NeedResourceTest {

    @Inject
    NeedService needs;

    UUID unodcOnly;
    UUID forProviders;

    @BeforeEach
    void registerNeedsOfMali() {
        unodcOnly = UUID.randomUUID();
        forProviders = UUID.randomUUID();
        ResponseSubmitted response = new ResponseSubmitted(UUID.randomUUID(), UUID.randomUUID(), "MLI", "UNTOC", 1, 1,
                "fr", "focal-mli", Instant.now(), List.of(
                        new StatedNeed(unodcOnly, "LEGAL.CASEWORK", null, null, List.of(), "HIGH", "sensitive",
                                SharingConsent.UNODC_ONLY),
                        new StatedNeed(forProviders, "TRAINING.LAW_ENFORCEMENT", null, "CYBERCRIME",
                                List.of("LAW_ENFORCEMENT"), "MEDIUM", "shared", SharingConsent.PROVIDERS_AND_DONORS)));
        QuarkusTransaction.requiringNew().run(() -> needs.registerStatedNeeds(response));
    }

    @Test
    void shouldShowADonorTheNeedsSharedWithProvidersButNotThoseKeptForUnodc() {
        String donor = TestTokens.donor("XM-DAC-41114");
        given().auth().oauth2(donor).when().get("/api/v1/needs/" + forProviders).then().statusCode(200)
                .body("thematicArea", equalTo("CYBERCRIME")).body("beneficiaryGroups", hasItem("LAW_ENFORCEMENT"));
        given().auth().oauth2(donor).when().get("/api/v1/needs/" + unodcOnly)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(donor).queryParam("country", "MLI").when().get("/api/v1/needs")
                .then().statusCode(200)
                .body("items.id", hasItem(forProviders.toString()))
                .body("items.id", not(hasItem(unodcOnly.toString())))
                .body("items.consent", everyItem(not(equalTo("UNODC_ONLY"))));
    }

    @Test
    void shouldShowAFocalPointAllOfItsOwnCountrysNeedsOnly() {
        given().auth().oauth2(TestTokens.focalPoint("MLI")).when().get("/api/v1/needs/" + unodcOnly)
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.focalPoint("NER")).when().get("/api/v1/needs/" + unodcOnly)
                .then().statusCode(404);
    }

    @Test
    void shouldShowCoordinatorsEveryNeedAndAnalystsNone() {
        given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/needs/" + unodcOnly).then().statusCode(200);
        // analysts read public aggregates only (the analysis API), never needs one by one
        given().auth().oauth2(TestTokens.withRoles("analyst", "analyst")).when().get("/api/v1/needs/" + forProviders)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void shouldRequireAToken() {
        given().when().get("/api/v1/needs/" + forProviders).then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRejectAnUnknownCountryFilterNamingTheParameter() {
        given().auth().oauth2(TestTokens.coordinator()).queryParam("country", "ATLANTIS").when().get("/api/v1/needs")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("country"));
    }
}
