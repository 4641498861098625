package org.taplatform.needs.need;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.ArrayList;
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

/** The needs query API: filters on reference codes, stable cursor pages, labels in the requested language. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class NeedQueryTest {

    @Inject
    NeedService needs;

    UUID cycleId;

    @BeforeEach
    void registerNeedsOfAZambianCycle() {
        cycleId = UUID.randomUUID();
        List<StatedNeed> stated = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            stated.add(new StatedNeed(UUID.randomUUID(), i % 2 == 0 ? "LEGAL.DRAFTING" : "TRAINING.LAW_ENFORCEMENT",
                    null, i % 2 == 0 ? "MONEY_LAUNDERING" : null, i % 3 == 0 ? List.of("PROSECUTORS") : List.of("JUDGES"),
                    i < 3 ? "HIGH" : "LOW", "need number " + i + (i == 4 ? " about asset recovery" : ""),
                    SharingConsent.PROVIDERS_AND_DONORS));
        }
        stated.add(new StatedNeed(UUID.randomUUID(), "LEGAL.DRAFTING", null, null, List.of(), "HIGH", "kept for UNODC",
                SharingConsent.UNODC_ONLY));
        ResponseSubmitted response = new ResponseSubmitted(UUID.randomUUID(), cycleId, "ZMB", "UNTOC", 1, 1, "en",
                "focal-zmb", Instant.now(), stated);
        QuarkusTransaction.requiringNew().run(() -> needs.registerStatedNeeds(response));
    }

    @Test
    void shouldPageThroughEveryVisibleNeedOnceInAStableOrder() {
        String donor = TestTokens.donor("XI-DEMO-NORLAND-MFA");
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().auth().oauth2(donor).queryParam("cycleId", cycleId.toString()).queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.when().get("/api/v1/needs").then().statusCode(200).extract();
            seen.addAll(page.<List<String>>path("items.id"));
            cursor = page.path("next");
            if (cursor != null) {
                // the Link header is the same request with the next cursor: following it gives the same page
                String link = page.header("Link");
                assertThat(link).endsWith(">; rel=\"next\"").contains("cursor=" + cursor).contains("limit=3");
                String url = link.substring(1, link.indexOf('>'));
                assertThat(given().auth().oauth2(donor).when().get(url).then().statusCode(200).extract()
                        .<List<String>>path("items.id")).isNotEmpty().doesNotContainAnyElementsOf(seen);
            } else {
                assertThat(page.header("Link")).isNull();
            }
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(7).doesNotHaveDuplicates();
        given().auth().oauth2(TestTokens.coordinator()).queryParam("cycleId", cycleId.toString()).queryParam("limit", 500)
                .when().get("/api/v1/needs").then().body("items", hasSize(8)).body("next", nullValue());
    }

    @Test
    void shouldSayWhenTheSelectedNeedsLastChangedOnEveryPage() {
        var all = given().auth().oauth2(TestTokens.coordinator()).queryParam("cycleId", cycleId.toString())
                .queryParam("limit", 500).when().get("/api/v1/needs").then().statusCode(200).extract();
        Instant latest = all.<List<String>>path("items.registeredAt").stream().map(Instant::parse)
                .max(Instant::compareTo).orElseThrow();
        assertThat(Instant.parse(all.<String>path("asOf"))).isEqualTo(latest);
        // the first page of one need says the same: asOf is the collection's, not the page's
        given().auth().oauth2(TestTokens.coordinator()).queryParam("cycleId", cycleId.toString()).queryParam("limit", 1)
                .queryParam("sort", "registeredAt").when().get("/api/v1/needs").then()
                .body("asOf", equalTo(all.<String>path("asOf")));
        given().auth().oauth2(TestTokens.coordinator()).queryParam("cycleId", cycleId.toString())
                .queryParam("region", "150").when().get("/api/v1/needs").then().statusCode(200)
                .body("items", hasSize(0)).body("asOf", nullValue()).body("next", nullValue());
    }

    @Test
    void shouldFilterOnEveryCode() {
        String coordinator = TestTokens.coordinator();
        String cycle = cycleId.toString();
        given().auth().oauth2(coordinator).queryParam("cycleId", cycle).queryParam("taType", "TRAINING")
                .when().get("/api/v1/needs").then().body("items", hasSize(3))
                .body("items.taType", everyItem(equalTo("TRAINING")));
        given().auth().oauth2(coordinator).queryParam("cycleId", cycle).queryParam("taSubtype", "LEGAL.DRAFTING")
                .queryParam("priority", "HIGH").when().get("/api/v1/needs").then().body("items", hasSize(3));
        given().auth().oauth2(coordinator).queryParam("cycleId", cycle).queryParam("thematicArea", "MONEY_LAUNDERING")
                .when().get("/api/v1/needs").then().body("items", hasSize(4));
        given().auth().oauth2(coordinator).queryParam("cycleId", cycle).queryParam("beneficiaryGroup", "PROSECUTORS")
                .when().get("/api/v1/needs").then().body("items", hasSize(3));
        given().auth().oauth2(coordinator).queryParam("cycleId", cycle).queryParam("q", "ASSET RECOVERY")
                .when().get("/api/v1/needs").then().body("items", hasSize(1));
        given().auth().oauth2(coordinator).queryParam("cycleId", cycle).queryParam("region", "014")
                .queryParam("regionalGroup", "AFRICAN").queryParam("instrument", "UNTOC").queryParam("status", "OPEN")
                .when().get("/api/v1/needs").then().body("items", hasSize(8));
        given().auth().oauth2(coordinator).queryParam("cycleId", cycle).queryParam("region", "150")
                .when().get("/api/v1/needs").then().body("items", hasSize(0));
    }

    @Test
    void shouldLabelCodesInTheRequestedLanguage() {
        given().auth().oauth2(TestTokens.coordinator()).queryParam("cycleId", cycleId.toString())
                .queryParam("taSubtype", "LEGAL.DRAFTING").queryParam("limit", 1).header("Accept-Language", "fr")
                .when().get("/api/v1/needs").then().statusCode(200)
                .header("Content-Language", "fr")
                .body("items[0].labels.country", equalTo("Zambie"))
                .body("items[0].labels.taType", equalTo("Assistance juridique"))
                .body("items[0].taSubtype", equalTo("LEGAL.DRAFTING"));
        given().auth().oauth2(TestTokens.coordinator()).queryParam("cycleId", cycleId.toString()).queryParam("lang", "de")
                .when().get("/api/v1/needs").then().statusCode(200).header("Content-Language", "en")
                .body("items[0].labels.country", equalTo("Zambia"));
    }

    @Test
    void shouldRejectBadQueriesWithAProblem() {
        String coordinator = TestTokens.coordinator();
        given().auth().oauth2(coordinator).queryParam("taSubtype", "LEGAL.NOTHING").queryParam("beneficiaryGroup", "ASTRONAUTS")
                .queryParam("regionalGroup", "NORDIC").queryParam("limit", 0).queryParam("sort", "priority")
                .when().get("/api/v1/needs").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("taSubtype", "beneficiaryGroup", "regionalGroup", "limit", "sort"));
        given().auth().oauth2(coordinator).queryParam("limit", 100000).when().get("/api/v1/needs")
                .then().statusCode(400).body("violations.field", hasItem("limit"));
        given().auth().oauth2(coordinator).queryParam("cursor", "not-a-cursor").when().get("/api/v1/needs")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("cursor"));
        String cursor = given().auth().oauth2(coordinator).queryParam("cycleId", cycleId.toString()).queryParam("limit", 1)
                .when().get("/api/v1/needs").then().extract().path("next");
        given().auth().oauth2(coordinator).queryParam("cursor", cursor).queryParam("sort", "country")
                .when().get("/api/v1/needs").then().statusCode(400).body("violations.field", hasItem("cursor"));
    }
}
