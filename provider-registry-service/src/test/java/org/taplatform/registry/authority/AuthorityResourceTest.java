package org.taplatform.registry.authority;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.taplatform.events.Topics;
import org.taplatform.events.registry.CompetentAuthorityChanged;
import org.taplatform.testsupport.KafkaTestClient;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestTokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The directory of competent national authorities: who writes which country's entries, who reads, staleness. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class AuthorityResourceTest {

    static Map<String, Object> entry(String country, String name, LocalDate confirmed, String... designations) {
        Map<String, Object> body = new HashMap<>();
        body.put("country", country);
        body.put("name", name);
        body.put("designations", List.of(designations));
        body.put("languages", List.of("en", "ho"));
        body.put("channels", List.of(Map.of("kind", "EMAIL", "value", "mla@justice.example.pg"),
                Map.of("kind", "PHONE", "value", "+675 000 0000", "note", "duty officer")));
        body.put("officeHours", "Mon-Fri 08:00-16:30");
        body.put("timeZone", "Pacific/Port_Moresby");
        body.put("lastConfirmedOn", confirmed.toString());
        return body;
    }

    private static String register(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when()
                .post("/api/v1/competent-authorities").then().statusCode(201).header("ETag", "\"0\"")
                .extract().path("id");
    }

    @Test
    void shouldLetAStatesFocalPointKeepItsEntriesAndEveryUserReadThem() {
        String id = register(TestTokens.focalPoint("PNG"), entry("PNG", "Department of Justice and Attorney General",
                LocalDate.now().minusMonths(2), "MLA_CENTRAL_AUTHORITY", "EXTRADITION"));

        // every platform user reads it, with where each designation comes from; without a token nothing
        given().auth().oauth2(TestTokens.donor("XM-DAC-41114")).queryParam("country", "PNG").when()
                .get("/api/v1/competent-authorities").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.designations.article", contains("18(13)", "16"))
                .body("items.find { it.id == '" + id + "' }.stale", equalTo(false))
                .body("items.find { it.id == '" + id + "' }.channels.kind", contains("EMAIL", "PHONE"));
        given().auth().oauth2(TestTokens.withRoles("analyst", "analyst")).when()
                .get("/api/v1/competent-authorities/" + id).then().statusCode(200);
        given().when().get("/api/v1/competent-authorities/" + id).then().statusCode(401);
        // searchable by designation and language (a request in Hiri Motu, or in English)
        given().auth().oauth2(TestTokens.focalPoint("FJI")).queryParam("designation", "EXTRADITION")
                .queryParam("language", "ho").when().get("/api/v1/competent-authorities").then().statusCode(200)
                .body("items.id", hasItem(id));
        given().auth().oauth2(TestTokens.focalPoint("FJI")).queryParam("designation", "FIREARMS_CONTACT_POINT")
                .queryParam("country", "PNG").when().get("/api/v1/competent-authorities").then().statusCode(200)
                .body("items.id", not(hasItem(id)));

        // another State's focal point changes nothing; a partner neither
        Map<String, Object> changed = entry("PNG", "Department of Justice", LocalDate.now(), "MLA_CENTRAL_AUTHORITY");
        given().auth().oauth2(TestTokens.focalPoint("FJI")).contentType(ContentType.JSON).body(changed)
                .header("If-Match", "\"0\"").when().put("/api/v1/competent-authorities/" + id).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.focalPoint("FJI")).contentType(ContentType.JSON)
                .body(entry("PNG", "Forged", LocalDate.now(), "EXTRADITION")).when()
                .post("/api/v1/competent-authorities").then().statusCode(403);
        given().auth().oauth2(TestTokens.withRoles("partner", "partner")).contentType(ContentType.JSON)
                .body(entry("PNG", "Forged", LocalDate.now(), "EXTRADITION")).when()
                .post("/api/v1/competent-authorities").then().statusCode(403);
        given().auth().oauth2(TestTokens.focalPoint("PNG")).when().get("/api/v1/competent-authorities/" + id).then()
                .body("name", equalTo("Department of Justice and Attorney General"));

        // its own focal point replaces it (If-Match), confirms it, withdraws it; each change announced
        given().auth().oauth2(TestTokens.focalPoint("PNG")).contentType(ContentType.JSON).body(changed)
                .header("If-Match", "\"0\"").when().put("/api/v1/competent-authorities/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("designations.code", contains("MLA_CENTRAL_AUTHORITY"));
        given().auth().oauth2(TestTokens.focalPoint("PNG")).contentType(ContentType.JSON).body(changed)
                .header("If-Match", "\"0\"").when().put("/api/v1/competent-authorities/" + id).then().statusCode(412);
        // another State's focal point neither confirms nor withdraws it; a confirmation in the future is refused
        given().auth().oauth2(TestTokens.focalPoint("FJI")).contentType(ContentType.JSON)
                .body(Map.of("confirmedOn", LocalDate.now().toString())).header("If-Match", "\"1\"").when()
                .post("/api/v1/competent-authorities/" + id + "/confirmations").then().statusCode(403);
        given().auth().oauth2(TestTokens.focalPoint("FJI")).header("If-Match", "\"1\"").when()
                .delete("/api/v1/competent-authorities/" + id).then().statusCode(403);
        given().auth().oauth2(TestTokens.focalPoint("PNG")).contentType(ContentType.JSON)
                .body(Map.of("confirmedOn", LocalDate.now().plusDays(1).toString())).header("If-Match", "\"1\"")
                .when().post("/api/v1/competent-authorities/" + id + "/confirmations").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.focalPoint("PNG")).contentType(ContentType.JSON)
                .body(Map.of("confirmedOn", LocalDate.now().toString())).header("If-Match", "\"1\"").when()
                .post("/api/v1/competent-authorities/" + id + "/confirmations").then().statusCode(200)
                .body("lastConfirmedOn", equalTo(LocalDate.now().toString()));
        given().auth().oauth2(TestTokens.focalPoint("PNG")).header("If-Match", "\"2\"").when()
                .delete("/api/v1/competent-authorities/" + id).then().statusCode(204);
        given().auth().oauth2(TestTokens.coordinator()).queryParam("country", "PNG").when()
                .get("/api/v1/competent-authorities").then().body("items.id", not(hasItem(id)));
        List<String> changes = KafkaTestClient.awaitRecords(Topics.REGISTRY_KNOWLEDGE, r -> id.equals(
                KafkaTestClient.header(r, "ce_subject")) && CompetentAuthorityChanged.TYPE.equals(
                        KafkaTestClient.header(r, "ce_type")), Duration.ofSeconds(30)).stream().map(r -> r.value())
                .toList();
        assertThat(changes).hasSize(4);
        assertThat(changes).allSatisfy(value -> assertThat(value).doesNotContain("mla@justice.example.pg")
                .doesNotContain("+675"));
        assertThat(changes.get(3)).contains("\"change\":\"WITHDRAWN\"");
    }

    @Test
    void shouldFlagEntriesNotConfirmedForTwelveMonthsAndListThemForFollowUp() {
        String stale = register(TestTokens.coordinator(), entry("FJI", "Fiji Police Force, Transnational Crime Unit",
                LocalDate.now().minusMonths(13), "LAW_ENFORCEMENT_COOPERATION"));
        String current = register(TestTokens.coordinator(), entry("FJI", "Office of the Attorney-General",
                LocalDate.now().minusMonths(11), "MLA_CENTRAL_AUTHORITY"));

        given().auth().oauth2(TestTokens.coordinator()).queryParam("stale", true).when()
                .get("/api/v1/competent-authorities").then().statusCode(200)
                .body("items.id", hasItem(stale)).body("items.id", not(hasItem(current)))
                .body("items.find { it.id == '" + stale + "' }.confirmationDue",
                        equalTo(LocalDate.now().minusMonths(13).plusMonths(12).toString()));
        given().auth().oauth2(TestTokens.focalPoint("FJI")).when().get("/api/v1/competent-authorities/" + current)
                .then().body("stale", equalTo(false));
    }

    @Test
    void shouldExportTheDirectoryForCoordinatorsOnly() throws Exception {
        String id = register(TestTokens.coordinator(), entry("PNG", "Royal Papua New Guinea Constabulary, NCB",
                LocalDate.now().minusDays(3), "LAW_ENFORCEMENT_COOPERATION", "FIREARMS_CONTACT_POINT"));

        byte[] csv = given().auth().oauth2(TestTokens.coordinator()).queryParam("country", "PNG").when()
                .get("/api/v1/competent-authorities/export/csv").then().statusCode(200)
                .contentType("text/csv;charset=UTF-8").extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFcountry,name,designations,languages,channels")
                .contains("Royal Papua New Guinea Constabulary, NCB")
                .contains("LAW_ENFORCEMENT_COOPERATION; FIREARMS_CONTACT_POINT")
                .contains("EMAIL: mla@justice.example.pg; PHONE: +675 000 0000 (duty officer)");

        byte[] xlsx = given().auth().oauth2(TestTokens.coordinator()).queryParam("country", "PNG").when()
                .get("/api/v1/competent-authorities/export/xlsx").then().statusCode(200).extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Country code");
            Row entry = rows.stream().skip(1)
                    .filter(r -> r.getCellText(1).equals("Royal Papua New Guinea Constabulary, NCB")).findFirst().orElseThrow();
            // a date is a date cell, not text
            assertThat(entry.getCellAsDate(7)).hasValue(LocalDate.now().minusDays(3).atStartOfDay());
        }
        // the headers in the reader's language; the CSV keeps the machine names programs read
        byte[] french = given().auth().oauth2(TestTokens.coordinator()).queryParam("country", "PNG").queryParam("lang", "fr")
                .when().get("/api/v1/competent-authorities/export/xlsx").then().statusCode(200)
                .header("Content-Language", "fr").extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(french))) {
            Row headers = workbook.getFirstSheet().read().get(0);
            assertThat(headers.getCellText(0)).isEqualTo("Code du pays");
            assertThat(headers.getCellText(7)).isEqualTo("Dernière confirmation le");
        }
        given().auth().oauth2(TestTokens.focalPoint("PNG")).when().get("/api/v1/competent-authorities/export/csv")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/competent-authorities/export/pdf")
                .then().statusCode(400).contentType("application/problem+json");
        assertThat(id).isNotNull();
    }

    @Test
    void shouldRefuseWhatIsNotADirectoryEntryAndWriteNothing() {
        Map<String, Object> unknownDesignation = entry("PNG", "Unknown", LocalDate.now(), "EXTRADITION");
        unknownDesignation.put("designations", List.of("CHIEF_OF_EVERYTHING"));
        Map<String, Object> futureConfirmation = entry("PNG", "Future", LocalDate.now().plusDays(1), "EXTRADITION");
        Map<String, Object> unknownLanguage = entry("PNG", "Klingon", LocalDate.now(), "EXTRADITION");
        unknownLanguage.put("languages", List.of("xx-klingon"));
        Map<String, Object> badZone = entry("PNG", "Nowhere time", LocalDate.now(), "EXTRADITION");
        badZone.put("timeZone", "Pacific/Atlantis");
        Map<String, Object> badMail = entry("PNG", "No mail", LocalDate.now(), "EXTRADITION");
        badMail.put("channels", List.of(Map.of("kind", "EMAIL", "value", "not-an-address")));
        for (Map<String, Object> body : List.of(unknownDesignation, futureConfirmation, unknownLanguage, badZone,
                badMail)) {
            given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body(body).when()
                    .post("/api/v1/competent-authorities").then().statusCode(400)
                    .contentType("application/problem+json");
        }
        given().auth().oauth2(TestTokens.coordinator()).queryParam("country", "PNG").when()
                .get("/api/v1/competent-authorities").then()
                .body("items.name", not(hasItem("Unknown"))).body("items.name", not(hasItem("Future")))
                .body("items.name", not(hasItem("Klingon"))).body("items.name", not(hasItem("Nowhere time")))
                .body("items.name", not(hasItem("No mail")));
        given().auth().oauth2(TestTokens.coordinator()).queryParam("designation", "CHIEF_OF_EVERYTHING").when()
                .get("/api/v1/competent-authorities").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.coordinator()).when()
                .get("/api/v1/competent-authorities/" + java.util.UUID.randomUUID()).then().statusCode(404);
    }
}
