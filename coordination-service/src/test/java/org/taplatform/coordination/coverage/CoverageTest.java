package org.taplatform.coordination.coverage;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.taplatform.events.EventContract;
import org.taplatform.events.NeedSource;
import org.taplatform.events.SharingConsent;
import org.taplatform.events.Topics;
import org.taplatform.events.coordination.NeedCoordinationStatusChanged;
import org.taplatform.events.needs.NeedRegistered;
import org.taplatform.events.registry.ActivityRegistered;
import org.taplatform.events.registry.ActivitySnapshot;
import org.taplatform.events.registry.ActivityUpdated;
import org.taplatform.events.registry.PledgeRecorded;
import org.taplatform.testsupport.KafkaTestClient;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestTokens;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Coverage follows activities and pledges, and reports each new status to needs-service. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class CoverageTest {

    @Inject
    ObjectMapper json;

    private void publish(String topic, String key, String subject, EventContract event) throws Exception {
        KafkaTestClient.send(topic, key, json.writeValueAsString(event),
                KafkaTestClient.cloudEventHeaders(UUID.randomUUID().toString(), event.eventType(), subject));
    }

    private UUID need(String country, String subtype) throws Exception {
        UUID id = UUID.randomUUID();
        publish(Topics.NEEDS, country, id.toString(), new NeedRegistered(id, country, "UNTOC", null,
                subtype.substring(0, subtype.indexOf('.')), subtype, null, List.of(), "need", "HIGH", NeedSource.SURVEY,
                SharingConsent.PROVIDERS_AND_DONORS, null, null, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.coordinator())
                .when().get("/api/v1/needs/" + id).then().statusCode(200));
        return id;
    }

    static ActivitySnapshot activity(UUID id, UUID need, String country, String status) {
        return activity(id, List.of(need), country, status);
    }

    static ActivitySnapshot activity(UUID id, List<UUID> needs, String country, String status) {
        return new ActivitySnapshot(id, "XI-TEST-OFFICE-" + id, "XI-TEST-OFFICE", Map.of("en", "Drafting support"),
                Map.of("en", "Advice"), status, LocalDate.now().minusMonths(1), LocalDate.now().plusMonths(3), null, null,
                List.of(), List.of(new ActivitySnapshot.Recipient(country, BigDecimal.valueOf(100))), List.of(), List.of(),
                List.of("LEGAL.DRAFTING"), List.of("UNTOC"), List.of(), List.of(), needs, null);
    }

    private List<String> reportedStatuses(UUID need) {
        return KafkaTestClient.readAll(Topics.COORDINATION_EVENTS).stream()
                .filter(r -> need.toString().equals(KafkaTestClient.header(r, "ce_subject")))
                .filter(r -> NeedCoordinationStatusChanged.TYPE.equals(KafkaTestClient.header(r, "ce_type")))
                .map(r -> r.value().replaceAll(".*\"status\":\"([A-Z_]+)\".*", "$1")).toList();
    }

    @Test
    void shouldReportANeedInProgressThenCoveredAsItsActivityGoesOn() throws Exception {
        UUID need = need("TZA", "LEGAL.DRAFTING");
        UUID activity = UUID.randomUUID();
        publish(Topics.REGISTRY_ACTIVITIES, "TZA", activity.toString(), new ActivityRegistered(activity,
                "XI-TEST-OFFICE-" + activity, "TZA", activity(activity, need, "TZA", "2"), Instant.now()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.coordinator())
                .when().get("/api/v1/needs/" + need).then().body("coverage.status", equalTo("IN_PROGRESS")));
        Instant inProgress = Instant.parse(given().auth().oauth2(TestTokens.coordinator()).queryParam("country", "TZA")
                .when().get("/api/v1/gaps").then().statusCode(200).extract().<String>path("asOf"));
        publish(Topics.REGISTRY_ACTIVITIES, "TZA", activity.toString(), new ActivityUpdated(activity,
                "XI-TEST-OFFICE-" + activity, "TZA", activity(activity, need, "TZA", "4"), 1, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.coordinator())
                .when().get("/api/v1/needs/" + need).then().body("coverage.level", equalTo("COVERED"))
                .body("coverage.evidence[0]", org.hamcrest.Matchers.containsString("delivered")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(reportedStatuses(need))
                .containsExactly("IN_PROGRESS", "COVERED"));
        // the gap report says its needs changed since: asOf is the data's time, not the request's
        Instant covered = Instant.parse(given().auth().oauth2(TestTokens.coordinator()).queryParam("country", "TZA")
                .when().get("/api/v1/gaps").then().statusCode(200).extract().<String>path("asOf"));
        assertThat(covered).isAfter(inProgress).isBeforeOrEqualTo(Instant.now());
        assertThat(Instant.parse(given().auth().oauth2(TestTokens.coordinator()).queryParam("country", "TZA")
                .when().get("/api/v1/gaps").then().extract().<String>path("asOf"))).as("the same when nothing changed")
                .isEqualTo(covered);
    }

    @Test
    void shouldListNeedsNotCoveredAsGapsAndSayWhenNoOneCouldAnswerThem() throws Exception {
        UUID funded = need("MOZ", "RESOURCES.PUBLICATION");
        UUID nothing = need("MOZ", "VICTIMS.RETURN");
        publish(Topics.REGISTRY_ACTIVITIES, "MOZ", UUID.randomUUID().toString(), new PledgeRecorded(UUID.randomUUID(),
                "XI-DEMO-SUDLAND-AID", "MOZ", funded, null, null, null, new BigDecimal("30000.00"), "USD", "PLEDGED",
                Instant.now()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(reportedStatuses(funded))
                .containsExactly("MATCHED"));
        given().auth().oauth2(TestTokens.donor("XM-DAC-41114")).queryParam("country", "MOZ").when().get("/api/v1/gaps")
                .then().statusCode(200)
                .body("gaps.need.id", hasItem(nothing.toString()))
                .body("gaps.find { it.need.id == '" + funded + "' }.need.coverage.level", equalTo("PARTLY_COVERED"))
                .body("gaps.find { it.need.id == '" + nothing + "' }.noCapableOrganisation", equalTo(true));
        assertThat(reportedStatuses(nothing)).isEmpty(); // unmet from the start: nothing to report
        given().auth().oauth2(TestTokens.withRoles("analyst", "analyst")).when().get("/api/v1/gaps").then().statusCode(403);
        given().auth().oauth2(TestTokens.coordinator()).queryParam("country", "NOWHERE").when().get("/api/v1/gaps")
                .then().statusCode(400);
    }

    /**
     * A donor pages through a country's gaps: each gap once, in the order by TA subtype, the next page named in the
     * body and the Link header, the counts of the whole collection on every page; a cursor of another list is a 400.
     */
    @Test
    void shouldPageThroughGapsInAStableOrder() throws Exception {
        List<String> subtypes = List.of("LEGAL.DRAFTING", "VICTIMS.RETURN", "RESOURCES.PUBLICATION", "LEGAL.DRAFTING",
                "VICTIMS.RETURN");
        java.util.Set<String> registered = new java.util.HashSet<>();
        for (String subtype : subtypes) {
            registered.add(need("BWA", subtype).toString());
        }
        String donor = TestTokens.donor("XM-DAC-41114");
        List<String> seen = new java.util.ArrayList<>();
        List<String> seenSubtypes = new java.util.ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().auth().oauth2(donor).queryParam("country", "BWA").queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.when().get("/api/v1/gaps").then().statusCode(200)
                    .body("byLevel.UNMET", equalTo(5)).body("gaps.size()", org.hamcrest.Matchers.lessThanOrEqualTo(2))
                    .extract();
            seen.addAll(page.path("gaps.need.id"));
            seenSubtypes.addAll(page.path("gaps.need.taSubtype"));
            cursor = page.path("next");
            if (cursor != null) {
                assertThat(page.header("Link")).contains("cursor=" + cursor, "rel=\"next\"");
            }
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(registered);
        assertThat(seenSubtypes).isSorted();
        given().auth().oauth2(donor).queryParam("country", "BWA").queryParam("cursor",
                org.taplatform.reference.paging.PageCursor.of("needs", "x").encode()).when().get("/api/v1/gaps")
                .then().statusCode(400).body("violations[0].field", equalTo("cursor"));
        given().auth().oauth2(donor).queryParam("limit", 0).when().get("/api/v1/gaps").then().statusCode(400);
    }

    @Test
    void shouldReopenANeedWhenTheActivityThatCoveredItMovesToAnotherCountry() throws Exception {
        UUID need = need("NAM", "LEGAL.DRAFTING");
        UUID activity = UUID.randomUUID();
        // under way, of the need's subtype, in its country, without naming it
        publish(Topics.REGISTRY_ACTIVITIES, "NAM", activity.toString(), new ActivityRegistered(activity,
                "XI-TEST-OFFICE-" + activity, "NAM", activity(activity, List.of(), "NAM", "2"), Instant.now()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.coordinator())
                .when().get("/api/v1/needs/" + need).then().body("coverage.status", equalTo("IN_PROGRESS")));

        publish(Topics.REGISTRY_ACTIVITIES, "AGO", activity.toString(), new ActivityUpdated(activity,
                "XI-TEST-OFFICE-" + activity, "AGO", activity(activity, List.of(), "AGO", "2"), 1, Instant.now()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.coordinator())
                .when().get("/api/v1/needs/" + need).then().body("coverage.status", equalTo("OPEN"))
                .body("coverage.level", equalTo("UNMET")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(reportedStatuses(need))
                .containsExactly("IN_PROGRESS", "OPEN"));
    }
}
