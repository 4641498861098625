package org.taplatform.coordination.knowledge;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

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
import org.taplatform.events.needs.NeedRegistered;
import org.taplatform.events.registry.EvaluationRecorded;
import org.taplatform.events.registry.ToolChanged;
import org.taplatform.testsupport.KafkaTestClient;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestTokens;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Beside a need: the tools serving it in the State's languages, and lessons from its sub-region, each with why. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class KnowledgeTest {

    static final String SUBTYPE = "STRATEGY.PARLIAMENTARY_DIALOGUE"; // of this test alone

    @Inject
    ObjectMapper json;

    private void publish(String topic, String key, String subject, EventContract event) throws Exception {
        KafkaTestClient.send(topic, key, json.writeValueAsString(event),
                KafkaTestClient.cloudEventHeaders(UUID.randomUUID().toString(), event.eventType(), subject));
    }

    private UUID tool(String change, Map<String, String> links, List<String> subtypes, List<String> articles)
            throws Exception {
        return tool(change, links, subtypes, articles, "UNTOC");
    }

    private UUID tool(String change, Map<String, String> links, List<String> subtypes, List<String> articles,
            String instrument) throws Exception {
        UUID id = UUID.randomUUID();
        publish(Topics.REGISTRY_KNOWLEDGE, "XI-TEST-PUBLISHER", id.toString(), new ToolChanged(id, "XI-TEST-PUBLISHER",
                change, "LEGISLATIVE_GUIDE", Map.of("en", "Guide " + id, "fr", "Guide (fr) " + id), links, subtypes,
                List.of(instrument), articles, List.of(), LocalDate.of(2020, 1, 1), 0, Instant.now()));
        return id;
    }

    private UUID lesson(String country, int rating) throws Exception {
        UUID activity = UUID.randomUUID();
        publish(Topics.REGISTRY_KNOWLEDGE, country, activity.toString(), new EvaluationRecorded(activity,
                "XI-TEST-EVAL-" + activity, "XI-TEST-EVAL", List.of(country), List.of(SUBTYPE), rating,
                "results", "Lessons of " + country, "en", "https://evaluations.example.org/" + activity + ".pdf",
                LocalDate.of(2026, 1, 10), 0, Instant.now()));
        return activity;
    }

    private UUID need(SharingConsent consent) throws Exception {
        UUID id = UUID.randomUUID();
        publish(Topics.NEEDS, "RWA", id.toString(), new NeedRegistered(id, "RWA", "UNTOC", "10", "STRATEGY", SUBTYPE,
                null, List.of(), "Parliamentary dialogue", "HIGH", NeedSource.SURVEY, consent, null, null,
                Instant.now()));
        return id;
    }

    @Test
    void shouldShowToolsInTheStatesLanguagesAndLessonsFromItsSubRegionBesideANeed() throws Exception {
        UUID inEnglish = tool("REGISTERED", Map.of("en", "https://tools.example.org/en.pdf", "fr",
                "https://tools.example.org/fr.pdf"), List.of(SUBTYPE), List.of());
        UUID inChineseOnly = tool("REGISTERED", Map.of("zh", "https://tools.example.org/zh.pdf"), List.of(SUBTYPE),
                List.of());
        UUID byArticle = tool("REGISTERED", Map.of("fr", "https://tools.example.org/art10-fr.pdf"),
                List.of("DATA.RESEARCH"), List.of("UNTOC 10(2)"));
        UUID otherInstrument = tool("REGISTERED", Map.of("en", "https://tools.example.org/tip.pdf"), List.of(SUBTYPE),
                List.of(), "TIP");
        UUID withdrawn = tool("WITHDRAWN", Map.of("en", "https://tools.example.org/old.pdf"), List.of(SUBTYPE),
                List.of());
        UUID burundi = lesson("BDI", 5); // Eastern Africa, like Rwanda
        UUID france = lesson("FRA", 6);
        UUID need = need(SharingConsent.PROVIDERS_AND_DONORS);
        UUID unodcOnly = need(SharingConsent.UNODC_ONLY);

        String donor = TestTokens.donor("XM-DAC-41114");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(donor).when()
                .get("/api/v1/needs/" + need + "/knowledge").then().statusCode(200)
                .body("tools.id", hasItem(inEnglish.toString())).body("tools.id", hasItem(byArticle.toString()))
                .body("lessons.activityId", contains(burundi.toString())));
        given().auth().oauth2(donor).when().get("/api/v1/needs/" + need + "/knowledge").then()
                .body("tools.id", not(hasItem(inChineseOnly.toString())))
                .body("tools.id", not(hasItem(withdrawn.toString())))
                .body("tools.id", not(hasItem(otherInstrument.toString())))
                .body("lessons.activityId", not(hasItem(france.toString())))
                .body("tools.find { it.id == '" + inEnglish + "' }.why",
                        equalTo("serves " + SUBTYPE + "; in en, a language of RWA"))
                .body("tools.find { it.id == '" + inEnglish + "' }.link", equalTo("https://tools.example.org/en.pdf"))
                .body("tools.find { it.id == '" + byArticle + "' }.why", containsString("serves UNTOC 10(2)"))
                .body("lessons[0].why", equalTo(SUBTYPE + " in BDI, of the same M49 area (014) as RWA; rated 5"
                        + " of 6"));

        // beside every gap and in the country's page too; a need the reader may not see stays hidden
        given().auth().oauth2(TestTokens.coordinator()).queryParam("country", "RWA").when().get("/api/v1/gaps").then()
                .statusCode(200).body("gaps.find { it.need.id == '" + need + "' }.knowledge.lessons.activityId",
                        contains(burundi.toString()));
        given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/countries/RWA/coordination").then()
                .statusCode(200).body("needs.find { it.need.id == '" + need + "' }.knowledge.tools.id",
                        hasItem(inEnglish.toString()));
        given().auth().oauth2(donor).when().get("/api/v1/needs/" + unodcOnly + "/knowledge").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.withRoles("analyst", "analyst")).when()
                .get("/api/v1/needs/" + need + "/knowledge").then().statusCode(403);
    }
}
