package org.taplatform.needs.analysis;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.taplatform.events.SharingConsent;
import org.taplatform.needs.support.RegisterFixtures;
import org.taplatform.testsupport.TestInfrastructure;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class ResponseRateResourceTest {

    @Inject
    RegisterFixtures fixtures;

    @Test
    void shouldCountRespondentsAmongTheExpectedReportersPerInstrumentAndRegionalGroup() {
        Map<String, List<String>> expected = Map.of("UNTOC", List.of("KEN", "UGA", "TZA"), "TIP", List.of("KEN", "COL"));
        UUID cycle = fixtures.openCycle("rates " + UUID.randomUUID(), LocalDate.now(), expected);
        fixtures.submit(cycle, "KEN", "UNTOC", RegisterFixtures.need("LEGAL.DRAFTING", SharingConsent.PUBLIC));
        // a State that was not expected to report (not a party when the cycle opened) does not raise the rate
        fixtures.submit(cycle, "BRA", "TIP", RegisterFixtures.need("VICTIMS.RETURN", SharingConsent.PUBLIC));

        given().queryParam("cycleId", cycle).when().get("/api/v1/analysis/response-rates").then().statusCode(200)
                .body("rates.instrument", equalTo(List.of("UNTOC", "TIP")))
                .body("rates.expected", equalTo(List.of(3, 2)))
                .body("rates.responded", equalTo(List.of(1, 0)))
                .body("rates.rate", equalTo(List.of(33.3f, 0.0f)))
                .body("rates.closed", equalTo(List.of(false, false)));

        fixtures.close(cycle, "rates", expected, Map.of("UNTOC", List.of("KEN", "UGA"), "TIP", List.of("COL")));
        given().queryParam("cycleId", cycle).queryParam("by", "regional-group").when()
                .get("/api/v1/analysis/response-rates").then().statusCode(200)
                .body("rates.responded", equalTo(List.of(2, 1)))
                .body("rates.rate", equalTo(List.of(66.7f, 50.0f)))
                .body("rates.closed", equalTo(List.of(true, true)))
                .body("rates[1].groups.code", equalTo(List.of("AFRICAN", "LATIN_AMERICAN_CARIBBEAN")))
                .body("rates[1].groups.rate", equalTo(List.of(0.0f, 100.0f)));
    }

    @Test
    void shouldDrawTheRatesAndRejectAnUnknownInstrument() {
        UUID cycle = fixtures.openCycle("rates " + UUID.randomUUID(), LocalDate.now(), Map.of("SOM", List.of("MEX", "GTM")));
        byte[] png = given().queryParam("cycleId", cycle).header("Accept", "image/png").when()
                .get("/api/v1/analysis/response-rates").then().statusCode(200).contentType("image/png").extract()
                .asByteArray();
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        given().queryParam("instrument", "TREATY").when().get("/api/v1/analysis/response-rates").then()
                .statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("instrument"));
    }
}
