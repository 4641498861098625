package org.taplatform.needs.analysis;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taplatform.events.SharingConsent;
import org.taplatform.needs.support.RegisterFixtures;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestTokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Malawi in two cycles: legal drafting resolved, law-enforcement training persisting, research new. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class CountryProfileResourceTest {

    @Inject
    RegisterFixtures fixtures;

    static UUID first;
    static UUID second;

    /** Once for the class: each test adding Malawi cycles would make them each other's previous cycles. */
    @BeforeEach
    void twoCycles() {
        if (second != null) {
            return;
        }
        first = fixtures.openCycle("first " + UUID.randomUUID(), LocalDate.of(1990, 1, 1), Map.of("UNTOC", List.of("MWI")));
        fixtures.submit(first, "MWI", "UNTOC",
                RegisterFixtures.need("LEGAL.DRAFTING", SharingConsent.PUBLIC),
                RegisterFixtures.need("TRAINING.LAW_ENFORCEMENT", "CYBERCRIME", SharingConsent.PUBLIC));
        second = fixtures.openCycle("second " + UUID.randomUUID(), LocalDate.of(1991, 1, 1), Map.of("UNTOC", List.of("MWI")));
        fixtures.submit(second, "MWI", "UNTOC",
                RegisterFixtures.need("TRAINING.LAW_ENFORCEMENT", "CYBERCRIME", SharingConsent.PUBLIC),
                RegisterFixtures.need("DATA.RESEARCH", SharingConsent.UNODC_ONLY));
    }

    @Test
    void shouldCompareTheCycleWithTheCountrysPreviousOne() {
        given().auth().oauth2(TestTokens.focalPoint("MWI")).queryParam("cycleId", second).when()
                .get("/api/v1/analysis/countries/MWI/profile").then().statusCode(200)
                .body("cycle.id", equalTo(second.toString()))
                .body("previousCycle.id", equalTo(first.toString()))
                .body("needs", hasSize(2))
                .body("comparison.newNeeds.taSubtype", equalTo(List.of("DATA.RESEARCH")))
                .body("comparison.persisting.taSubtype", equalTo(List.of("TRAINING.LAW_ENFORCEMENT")))
                .body("comparison.resolved.taSubtype", equalTo(List.of("LEGAL.DRAFTING")))
                .body("byType.code", equalTo(List.of("DATA", "LEGAL", "TRAINING")))
                .body("byType.resolved", equalTo(List.of(0, 1, 0)));
    }

    @Test
    void shouldBuildADonorsProfileFromTheNeedsItMaySeeOnly() {
        given().auth().oauth2(TestTokens.donor("XM-DAC-41114")).queryParam("cycleId", second).when()
                .get("/api/v1/analysis/countries/MWI/profile").then().statusCode(200)
                .body("needs.taSubtype", equalTo(List.of("TRAINING.LAW_ENFORCEMENT")))
                .body("comparison.newNeeds", hasSize(0));
    }

    @Test
    void shouldRefuseAnalystsAndAnonymousCallersAndUnknownCountries() {
        given().auth().oauth2(TestTokens.withRoles("analyst", "analyst")).when()
                .get("/api/v1/analysis/countries/MWI/profile").then().statusCode(403);
        given().when().get("/api/v1/analysis/countries/MWI/profile").then().statusCode(401);
        given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/analysis/countries/XXX/profile").then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldDrawTheProfileInArabic() {
        String svg = given().auth().oauth2(TestTokens.coordinator()).queryParam("cycleId", second)
                .queryParam("lang", "ar").when().get("/api/v1/analysis/countries/MWI/profile.svg").then()
                .statusCode(200).extract().asString();
        assertThat(svg).contains("جديدة").contains("مستمرة");
    }
}
