package org.taplatform.needs.analysis;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

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
import io.restassured.response.ValidatableResponse;

/**
 * Counts and shares by dimension, within consent and as public tables. Each test has a cycle of its own:
 * KEN 2x training (public) and 1x legal (UNODC only); UGA training (providers) and legal (public); TZA training
 * (public) and legal (providers); COL victims (UNODC only).
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class NeedAnalysisResourceTest {

    @Inject
    RegisterFixtures fixtures;

    UUID cycle;

    @BeforeEach
    void registerNeeds() {
        cycle = fixtures.openCycle("analysis " + UUID.randomUUID(), LocalDate.now(), Map.of("UNTOC",
                List.of("KEN", "UGA", "TZA", "COL")));
        fixtures.submit(cycle, "KEN", "UNTOC",
                RegisterFixtures.need("TRAINING.LAW_ENFORCEMENT", SharingConsent.PUBLIC),
                RegisterFixtures.need("TRAINING.JUSTICE_OFFICIALS", SharingConsent.PUBLIC),
                RegisterFixtures.need("LEGAL.DRAFTING", SharingConsent.UNODC_ONLY));
        fixtures.submit(cycle, "UGA", "UNTOC",
                RegisterFixtures.need("TRAINING.LAW_ENFORCEMENT", SharingConsent.PROVIDERS_AND_DONORS),
                RegisterFixtures.need("LEGAL.DRAFTING", SharingConsent.PUBLIC));
        fixtures.submit(cycle, "TZA", "UNTOC",
                RegisterFixtures.need("TRAINING.LAW_ENFORCEMENT", SharingConsent.PUBLIC),
                RegisterFixtures.need("LEGAL.CASEWORK", SharingConsent.PROVIDERS_AND_DONORS));
        fixtures.submit(cycle, "COL", "UNTOC",
                RegisterFixtures.need("VICTIMS.GENERAL_ASSISTANCE", SharingConsent.UNODC_ONLY));
    }

    private ValidatableResponse byType(String token, Map<String, ?> parameters) {
        var request = given().queryParam("cycleId", cycle).queryParams(parameters);
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        return request.when().get("/api/v1/analysis/needs/by-ta-type").then();
    }

    @Test
    void shouldCountEveryNeedForACoordinatorWithSharesThatAddUpToOneHundred() {
        byType(TestTokens.coordinator(), Map.of()).statusCode(200)
                .body("view", equalTo("CONSENT"))
                .body("total", equalTo(8))
                .body("cells.code", equalTo(List.of("TRAINING", "LEGAL", "VICTIMS")))
                .body("cells.count", equalTo(List.of(4, 3, 1)))
                .body("cells.share", equalTo(List.of(50.0f, 37.5f, 12.5f)))
                .body("cells[0].countries", equalTo(3))
                .body("cells[0].label", equalTo("Training and capacity-building"));
    }

    @Test
    void shouldCountOnlyTheNeedsADonorMaySee() {
        byType(TestTokens.donor("XM-DAC-41114"), Map.of()).statusCode(200)
                .body("view", equalTo("CONSENT"))
                .body("total", equalTo(6))
                .body("cells.code", equalTo(List.of("TRAINING", "LEGAL")))
                .body("cells.count", equalTo(List.of(4, 2)))
                .body("cells.share", equalTo(List.of(66.7f, 33.3f)));
    }

    @Test
    void shouldCountAllOfItsOwnCountrysNeedsForAFocalPointButOnlyOthersPublicOnes() {
        byType(TestTokens.focalPoint("KEN"), Map.of()).statusCode(200)
                .body("total", equalTo(5))
                .body("cells.count", equalTo(List.of(3, 2)));
    }

    @Test
    void shouldGiveAnonymousCallersAndAnalystsThePublicTableWithSmallCellsWithheld() {
        for (String token : new String[] { null, TestTokens.withRoles("analyst", "analyst") }) {
            // every need counted (UNODC-only ones too), but VICTIMS comes from one State only: withheld, and LEGAL,
            // the next smallest, with it, or the total would give VICTIMS away
            byType(token, Map.of()).statusCode(200)
                    .body("view", equalTo("PUBLIC"))
                    .body("total", equalTo(8))
                    .body("cells.code", equalTo(List.of("TRAINING")))
                    .body("cells.share", equalTo(List.of(50.0f)))
                    .body("withheld.cells", equalTo(2))
                    .body("withheld.count", equalTo(4))
                    .body("withheld.share", equalTo(50.0f))
                    .body("rule", containsString("fewer than 3 States"));
        }
    }

    @Test
    void shouldWithholdTheWholePublicTableWhenItComesFromTooFewStates() {
        byType(null, Map.of("regionalGroup", "LATIN_AMERICAN_CARIBBEAN")).statusCode(200)
                .body("total", nullValue()).body("cells", equalTo(List.of())).body("withheld.count", nullValue())
                .body("withheld.cells", nullValue()).body("withheld.wholeTable", equalTo(true));
    }

    @Test
    void shouldTellNothingAboutAWithheldTableNotEvenWhetherItIsEmpty() {
        // COL is the only respondent of its group: its UNODC-only victims need, the same table with a subtype nobody
        // stated, and one with several subtypes must read alike, or a reader learns what COL stated
        String stated = byType(null, Map.of("regionalGroup", "LATIN_AMERICAN_CARIBBEAN",
                "taSubtype", "VICTIMS.GENERAL_ASSISTANCE")).statusCode(200).extract().asString();
        String nobody = byType(null, Map.of("regionalGroup", "LATIN_AMERICAN_CARIBBEAN",
                "taSubtype", "DATA.DATABASE")).statusCode(200).extract().asString();
        String whole = byType(null, Map.of("regionalGroup", "LATIN_AMERICAN_CARIBBEAN")).statusCode(200)
                .extract().asString();
        assertThat(stated).isEqualTo(nobody).isEqualTo(whole);
    }

    @Test
    void shouldRefuseToNameACountryInAPublicTable() {
        byType(null, Map.of("country", "KEN")).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("country"));
        byType(TestTokens.donor("XM-DAC-41114"), Map.of("country", "KEN", "view", "public")).statusCode(400);
    }

    @Test
    void shouldNotLetAnAnalystAskForNeedsWithinConsent() {
        byType(TestTokens.withRoles("analyst", "analyst"), Map.of("view", "consent")).statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void shouldBreakLegalAssistanceDownBySubtypeAndNeedsDownByRegion() {
        given().auth().oauth2(TestTokens.coordinator()).queryParam("cycleId", cycle).queryParam("taType", "LEGAL")
                .when().get("/api/v1/analysis/needs/by-ta-subtype").then().statusCode(200)
                .body("cells.code", equalTo(List.of("LEGAL.DRAFTING", "LEGAL.CASEWORK")))
                .body("cells.count", equalTo(List.of(2, 1)));
        given().auth().oauth2(TestTokens.coordinator()).queryParam("cycleId", cycle).queryParam("lang", "fr")
                .when().get("/api/v1/analysis/needs/by-region").then().statusCode(200)
                .header("Content-Language", "fr")
                .body("cells.code", equalTo(List.of("002", "019")))
                .body("cells.label", equalTo(List.of("Afrique", "Amériques")))
                .body("cells.count", equalTo(List.of(7, 1)));
    }

    @Test
    void shouldCountNeedsByCountryWithinConsentOnly() {
        given().auth().oauth2(TestTokens.coordinator()).queryParam("cycleId", cycle).when()
                .get("/api/v1/analysis/needs/by-country").then().statusCode(200)
                .body("view", equalTo("CONSENT"))
                .body("cells.code", equalTo(List.of("KEN", "TZA", "UGA", "COL")))
                .body("cells.label", equalTo(List.of("Kenya", "United Republic of Tanzania", "Uganda", "Colombia")))
                .body("cells.count", equalTo(List.of(3, 2, 2, 1)))
                .body("cells.share", equalTo(List.of(37.5f, 25.0f, 25.0f, 12.5f)));
        // the donor sees no UNODC-only need: Colombia's is not there, nor Kenya's drafting
        given().auth().oauth2(TestTokens.donor("XM-DAC-41114")).queryParam("cycleId", cycle).queryParam("lang", "fr")
                .when().get("/api/v1/analysis/needs/by-country").then().statusCode(200)
                .body("cells.code", equalTo(List.of("KEN", "TZA", "UGA")))
                .body("cells.label", hasItem("République-Unie de Tanzanie"))
                .body("cells.count", equalTo(List.of(2, 2, 2)));
        // a table by country names each country: never public, whoever asks
        for (String token : new String[] { null, TestTokens.withRoles("analyst", "analyst") }) {
            var request = given().queryParam("cycleId", cycle);
            (token == null ? request : request.auth().oauth2(token)).when().get("/api/v1/analysis/needs/by-country")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", hasItem("dimension"));
        }
        given().auth().oauth2(TestTokens.donor("XM-DAC-41114")).queryParam("cycleId", cycle).queryParam("view", "public")
                .when().get("/api/v1/analysis/needs/by-country.png").then().statusCode(400);
    }

    @Test
    void shouldFollowTheRegisterWhenANeedIsAdded() {
        byType(TestTokens.coordinator(), Map.of()).body("total", equalTo(8));
        fixtures.submit(cycle, "UGA", "TIP", RegisterFixtures.need("VICTIMS.RETURN", SharingConsent.PUBLIC));
        byType(TestTokens.coordinator(), Map.of()).body("total", equalTo(9)).body("cells.count",
                equalTo(List.of(4, 3, 2)));
    }

    @Test
    void shouldDrawForADonorOnlyTheNeedsItMaySee() {
        String svg = given().auth().oauth2(TestTokens.donor("XM-DAC-41114")).queryParam("cycleId", cycle)
                .when().get("/api/v1/analysis/needs/by-ta-type.svg").then().statusCode(200).extract().asString();
        // 6 of the 8 needs: the chart comes from the same table as the JSON, within the same consent
        assertThat(svg).contains("Total: 6 needs").doesNotContain("Protection and assistance for victims");
    }

    @Test
    void shouldAnswerInEnglishAndSaySoForALanguageOutsideTheSix() {
        byType(TestTokens.coordinator(), Map.of()).header("Content-Language", "en");
        given().auth().oauth2(TestTokens.coordinator()).queryParam("cycleId", cycle).header("Accept-Language", "de-CH")
                .when().get("/api/v1/analysis/needs/by-ta-type").then().statusCode(200)
                .header("Content-Language", "en").body("language", equalTo("en"));
    }

    @Test
    void shouldRejectAMalformedCycleIdAndAView() {
        given().auth().oauth2(TestTokens.coordinator()).queryParam("cycleId", "last-year").when()
                .get("/api/v1/analysis/needs/by-ta-type").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("cycleId"));
        given().queryParam("view", "everything").when().get("/api/v1/analysis/needs/by-ta-type").then()
                .statusCode(400).body("violations.field", hasItem("view"));
        given().queryParam("cycleId", "x").when().get("/api/v1/analysis/response-rates").then().statusCode(400);
    }

    @Test
    void shouldRejectUnknownDimensionsAndCodes() {
        given().when().get("/api/v1/analysis/needs/by-colour").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("dimension"));
        given().queryParam("taSubtype", "LEGAL.NOTHING").when().get("/api/v1/analysis/needs/by-ta-type").then()
                .statusCode(400).body("violations.field", hasItem("taSubtype"));
    }

    /** Charts are for people: each test run leaves them in target/charts to be looked at. */
    static void keepForPeople(String name, byte[] chart) {
        try {
            java.nio.file.Path directory = java.nio.file.Path.of("target", "charts");
            java.nio.file.Files.createDirectories(directory);
            java.nio.file.Files.write(directory.resolve(name), chart);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void shouldDrawTheTableAsPngAndSvgInTheLanguageAsked() {
        byte[] png = given().auth().oauth2(TestTokens.coordinator()).queryParam("cycleId", cycle)
                .header("Accept-Language", "zh").when().get("/api/v1/analysis/needs/by-ta-type.png").then()
                .statusCode(200).contentType("image/png").header("Content-Language", "zh").extract().asByteArray();
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(png.length).isGreaterThan(5_000);
        keepForPeople("needs-by-ta-type.zh.png", png);
        for (String language : List.of("ar", "en", "ru")) {
            keepForPeople("needs-by-ta-type." + language + ".png", given().auth().oauth2(TestTokens.coordinator())
                    .queryParam("cycleId", cycle).queryParam("lang", language).when()
                    .get("/api/v1/analysis/needs/by-ta-type.png").then().statusCode(200).extract().asByteArray());
        }

        String svg = given().auth().oauth2(TestTokens.coordinator()).queryParam("cycleId", cycle)
                .queryParam("lang", "ar").accept("image/svg+xml").when().get("/api/v1/analysis/needs/by-ta-type")
                .then().statusCode(200).contentType(containsString("image/svg+xml")).extract().asString();
        assertThat(svg).contains("<svg").contains("احتياجات المساعدة التقنية حسب");
    }
}
