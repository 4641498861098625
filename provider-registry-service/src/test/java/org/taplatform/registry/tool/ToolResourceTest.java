package org.taplatform.registry.tool;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.taplatform.events.Topics;
import org.taplatform.events.registry.ToolChanged;
import org.taplatform.registry.support.RegistryFixtures;
import org.taplatform.testsupport.KafkaTestClient;
import org.taplatform.testsupport.TestTokens;
import org.taplatform.testsupport.TestInfrastructure;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The catalogue of TA tools: its publisher and coordinators write, everyone reads, missing languages reported. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class ToolResourceTest {

    static Map<String, Object> tool(String publisher, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("publisher", publisher);
        body.put("kind", "LEGISLATIVE_GUIDE");
        body.put("titles", Map.of("en", title, "fr", title + " (fr)"));
        body.put("links", Map.of("en", "https://tools.example.org/" + publisher + "/en.pdf",
                "fr-CA", "https://tools.example.org/" + publisher + "/fr.pdf"));
        body.put("taSubtypes", List.of("LEGAL.MODEL_LEGISLATION"));
        body.put("instruments", List.of("UNTOC"));
        body.put("articles", List.of("UNTOC 5", "UNTOC 18(13)"));
        body.put("audiences", List.of("PARLIAMENTARIANS"));
        body.put("publishedOn", "2017-06-01");
        return body;
    }

    @Test
    void shouldLetAPublisherKeepItsToolsAndEveryoneReadThemWithTheirMissingLanguages() {
        String publisher = RegistryFixtures.organisation("MULTILATERAL");
        String token = RegistryFixtures.tokenOf("partner", publisher);
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(tool(publisher, "Guide")).when()
                .post("/api/v1/tools").then().statusCode(201).header("ETag", "\"0\"")
                .body("missingLanguages", contains("ar", "zh", "ru", "es")).extract().path("id");

        // everyone reads, without a token; filters by article (the paragraph too), language, subtype
        given().queryParam("article", "UNTOC 18").queryParam("language", "fr").queryParam("publisher", publisher)
                .when().get("/api/v1/tools").then().statusCode(200).body("items.id", contains(id));
        given().queryParam("taSubtype", "LEGAL.DRAFTING").queryParam("publisher", publisher).when()
                .get("/api/v1/tools").then().statusCode(200).body("items.id", not(hasItem(id)));
        given().when().get("/api/v1/tools/translation-backlog").then().statusCode(200)
                .body("es.id", hasItem(id)).body("en.id", not(hasItem(id))).body("fr.id", not(hasItem(id)));

        // another organisation's people change nothing; the publisher adds a Spanish version
        String other = RegistryFixtures.tokenOf("partner", RegistryFixtures.organisation("CIVIL_SOCIETY"));
        Map<String, Object> changed = tool(publisher, "Guide, second edition");
        changed.put("links", Map.of("en", "https://tools.example.org/en.pdf", "fr", "https://tools.example.org/fr.pdf",
                "es", "https://tools.example.org/es.pdf"));
        given().auth().oauth2(other).contentType(ContentType.JSON).body(changed).header("If-Match", "\"0\"").when()
                .put("/api/v1/tools/" + id).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(other).contentType(ContentType.JSON).body(tool(publisher, "Forged")).when()
                .post("/api/v1/tools").then().statusCode(403);
        given().auth().oauth2(TestTokens.focalPoint("KEN")).contentType(ContentType.JSON).body(tool(publisher, "F"))
                .when().post("/api/v1/tools").then().statusCode(403);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(changed).header("If-Match", "\"0\"").when()
                .put("/api/v1/tools/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("missingLanguages", containsInAnyOrder("ar", "zh", "ru"));
        given().auth().oauth2(other).header("If-Match", "\"1\"").when().delete("/api/v1/tools/" + id).then()
                .statusCode(403);
        given().auth().oauth2(TestTokens.coordinator()).header("If-Match", "\"1\"").when().delete("/api/v1/tools/" + id)
                .then().statusCode(204);
        given().queryParam("publisher", publisher).when().get("/api/v1/tools").then().body("items.id", not(hasItem(id)));

        List<String> changes = KafkaTestClient.awaitRecords(Topics.REGISTRY_KNOWLEDGE, r -> id.equals(
                KafkaTestClient.header(r, "ce_subject")) && ToolChanged.TYPE.equals(KafkaTestClient.header(r, "ce_type")),
                Duration.ofSeconds(30)).stream().map(r -> r.value()).toList();
        assertThat(changes).hasSize(3);
        assertThat(changes.get(1)).contains("second edition").contains("UNTOC 18(13)");
        assertThat(changes.get(2)).contains("\"change\":\"WITHDRAWN\"");
    }

    @Test
    void shouldRefuseWhatIsNotACatalogueEntryAndWriteNothing() {
        String publisher = RegistryFixtures.organisation("MULTILATERAL");
        String token = RegistryFixtures.tokenOf("partner", publisher);
        Map<String, Object> ftp = tool(publisher, "Ftp link");
        ftp.put("links", Map.of("en", "ftp://tools.example.org/guide.pdf"));
        Map<String, Object> article = tool(publisher, "Article 99");
        article.put("articles", List.of("UNTOC 99"));
        Map<String, Object> subtype = tool(publisher, "Unknown subtype");
        subtype.put("taSubtypes", List.of("LEGAL.ALCHEMY"));
        Map<String, Object> language = tool(publisher, "Unknown language");
        language.put("links", Map.of("qq", "https://tools.example.org/qq.pdf"));
        Map<String, Object> future = tool(publisher, "Future");
        future.put("publishedOn", LocalDate.now().plusDays(1).toString());
        Map<String, Object> stranger = tool("XI-NOT-REGISTERED", "Stranger");
        for (Map<String, Object> body : List.of(ftp, article, subtype, language, future)) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/api/v1/tools").then()
                    .statusCode(400).contentType("application/problem+json");
        }
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body(stranger).when()
                .post("/api/v1/tools").then().statusCode(400).body("violations.field", hasItem("publisher"));
        given().queryParam("publisher", publisher).when().get("/api/v1/tools").then().statusCode(200)
                .body("items.size()", equalTo(0));
        given().queryParam("kind", "POSTER").when().get("/api/v1/tools").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
