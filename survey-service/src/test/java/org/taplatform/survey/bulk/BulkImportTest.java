package org.taplatform.survey.bulk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.taplatform.survey.support.SurveyFixtures;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestTokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class BulkImportTest {

    static final String HEADER = "country,instrument,question,value,need_ta_subtype,need_article,need_thematic_area,"
            + "need_beneficiary_groups,need_priority,need_consent,need_description\n";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldImportTheCountriesWhoseRowsAreAllValidAndReportEveryOtherRow() {
        String cycleId = SurveyFixtures.openCycle("UNTOC", "BFA", "MLI", "NER", "SEN");
        String csv = HEADER
                + "BFA,UNTOC,Q1,partly,,,,,,,\n"
                + "BFA,UNTOC,Q2,PARTICIPATION,,,,,,,\n"
                + "BFA,UNTOC,Q3,POLICE|PROSECUTION,,,,,,,\n"
                + "BFA,UNTOC,Q4,14,,,,,,,\n"
                + "BFA,UNTOC,Q5,\"Few investigators, little equipment\",,,,,,,\n"
                + "BFA,UNTOC,Q6,,LEGAL.DRAFTING,18(13),MUTUAL_LEGAL_ASSISTANCE,CENTRAL_AUTHORITIES|PROSECUTORS,HIGH,PUBLIC,Designate the central authority\n"
                + "BFA,UNTOC,Q6,,TRAINING.LAW_ENFORCEMENT,29,CYBERCRIME,LAW_ENFORCEMENT,MEDIUM,UNODC_ONLY,\n"
                + "MLI,UNTOC,Q1,MAYBE,,,,,,,\n"
                + "MLI,UNTOC,Q4,3,,,,,,,\n"
                + "NER,UNTOC,Q1,YES,,,,,,,\n"
                + "NER,UNTOC,Q77,YES,,,,,,,\n"
                + "NER,UNTOC,Q6,,TRAINING.FIREARMS_MARKING,,,,HIGH,PUBLIC,\n"
                + "PER,UNTOC,Q1,YES,,,,,,,\n"
                + "SEN,UNTOC,Q4,twelve,,,,,,,\n";
        String job = given().auth().oauth2(TestTokens.coordinator()).contentType("text/csv")
                .queryParam("submit", true).queryParam("fileName", "legacy.csv")
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .queryParam("cycleId", cycleId).when().post("/api/v1/imports")
                .then().statusCode(202).header("Location", containsString("/api/v1/imports/"))
                .extract().path("id");

        JsonPath report = awaitDone(job);
        assertThat(report.getInt("rowsTotal")).isEqualTo(14);
        assertThat(report.getInt("rowsDone")).isEqualTo(14);
        assertThat(report.getInt("countriesImported")).isEqualTo(1);
        assertThat(report.getInt("countriesRejected")).isEqualTo(4);
        List<Map<String, Object>> errors = report.getList("errors");
        assertThat(errors).contains(
                Map.of("row", 9, "column", "value", "value", "MAYBE", "why", "must be YES, NO or PARTLY"),
                Map.of("row", 12, "column", "question", "value", "Q77",
                        "why", "is not a question of the questionnaire version the cycle uses for UNTOC"),
                Map.of("row", 13, "column", "need_ta_subtype", "value", "TRAINING.FIREARMS_MARKING",
                        "why", "taSubtype TRAINING.FIREARMS_MARKING does not apply to UNTOC"),
                Map.of("row", 15, "column", "value", "value", "twelve", "why", "is not a number"));
        assertThat(errors).anySatisfy(error -> {
            assertThat(error).containsEntry("row", 14).containsEntry("value", "PER");
            assertThat((String) error.get("why")).contains("not among the States parties");
        });

        var burkinaFaso = given().auth().oauth2(TestTokens.coordinator()).queryParam("cycleId", cycleId)
                .queryParam("country", "BFA").when().get("/api/v1/responses")
                .then().statusCode(200).body("items", hasSize(1)).extract();
        assertThat(burkinaFaso.<String>path("items[0].status")).isEqualTo("SUBMITTED");
        assertThat(burkinaFaso.<String>path("items[0].answers.Q1")).isEqualTo("PARTLY");
        assertThat(burkinaFaso.<List<String>>path("items[0].answers.Q3")).containsExactly("POLICE", "PROSECUTION");
        assertThat(burkinaFaso.<List<Object>>path("items[0].answers.Q6")).hasSize(2);
        // nothing half-imported for the countries with an error
        for (String country : List.of("MLI", "NER", "SEN")) {
            given().auth().oauth2(TestTokens.coordinator()).queryParam("cycleId", cycleId).queryParam("country", country)
                    .when().get("/api/v1/responses").then().statusCode(200).body("items", hasSize(0));
        }
    }

    @Test
    void shouldImportAnXlsxWorkbookAsDrafts() throws Exception {
        String cycleId = SurveyFixtures.openCycle("TIP", "BEN", "TGO");
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(file, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("answers");
            String[][] rows = {
                    { "country", "instrument", "question", "value", "need_ta_subtype", "need_priority", "need_consent" },
                    { "BEN", "TIP", "Q1", "YES" },
                    { "BEN", "TIP", "Q6", "", "VICTIMS.RETURN", "HIGH", "PROVIDERS_AND_DONORS" },
                    { "TGO", "TIP", "Q4", "7" } };
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    sheet.value(r, c, rows[r][c]);
                }
            }
        }
        String job = given().auth().oauth2(TestTokens.coordinator())
                .contentType(ImportResource.XLSX).body(file.toByteArray())
                .queryParam("cycleId", cycleId).when().post("/api/v1/imports")
                .then().statusCode(202).body("format", equalTo("XLSX")).extract().path("id");
        JsonPath report = awaitDone(job);
        assertThat(report.getInt("countriesImported")).isEqualTo(2);
        assertThat(report.getInt("errorCount")).isZero();
        given().auth().oauth2(TestTokens.coordinator()).queryParam("cycleId", cycleId).queryParam("country", "BEN")
                .when().get("/api/v1/responses").then().statusCode(200)
                .body("items[0].status", equalTo("DRAFT"))
                .body("items[0].answers.Q6[0].taSubtype", equalTo("VICTIMS.RETURN"));
    }

    @Test
    void shouldRefuseAFileThatCannotBeImportedAtAllAndCreateNoJob() {
        String cycleId = SurveyFixtures.openCycle("SOM", "CPV");
        long jobs = count();
        byte[] latin1 = (HEADER + "CPV,SOM,Q5,Não há,,,,,,,\n").getBytes(StandardCharsets.ISO_8859_1);
        given().auth().oauth2(TestTokens.coordinator()).contentType("text/csv").body(latin1)
                .queryParam("cycleId", cycleId).when().post("/api/v1/imports")
                .then().statusCode(422).contentType("application/problem+json").body("detail", containsString("UTF-8"));
        given().auth().oauth2(TestTokens.coordinator()).contentType("text/csv")
                .body("pays,instrument,question\nCPV,SOM,Q1\n".getBytes(StandardCharsets.UTF_8))
                .queryParam("cycleId", cycleId).when().post("/api/v1/imports")
                .then().statusCode(422).body("detail", containsString("[country, value]"));
        given().auth().oauth2(TestTokens.coordinator()).contentType("text/plain").body("whatever")
                .queryParam("cycleId", cycleId).when().post("/api/v1/imports")
                .then().statusCode(415).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.coordinator()).contentType(ImportResource.XLSX).body(new byte[] { 1, 2, 3 })
                .queryParam("cycleId", cycleId).when().post("/api/v1/imports")
                .then().statusCode(422).body("detail", containsString("XLSX"));
        given().auth().oauth2(TestTokens.coordinator()).contentType("text/csv")
                .body(new byte[ImportService.MAX_FILE_BYTES + 1])
                .queryParam("cycleId", cycleId).when().post("/api/v1/imports")
                .then().statusCode(413).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.focalPoint("CPV")).contentType("text/csv")
                .body(HEADER.getBytes(StandardCharsets.UTF_8))
                .queryParam("cycleId", cycleId).when().post("/api/v1/imports").then().statusCode(403);
        assertThat(count()).isEqualTo(jobs);
    }

    /**
     * A job left RUNNING by a replica that stopped (its lease lapsed, as after a crash, or a replica scaled away) is
     * taken over by this one and finished, once: the countries it had not imported yet are imported.
     */
    @Test
    void shouldTakeOverAJobWhoseReplicaStopped() throws Exception {
        String cycleId = SurveyFixtures.openCycle("UNTOC", "GHA");
        java.util.UUID job = java.util.UUID.randomUUID();
        byte[] csv = (HEADER + "GHA,UNTOC,Q1,YES,,,,,,,\n").getBytes(StandardCharsets.UTF_8);
        try (var connection = dataSource.getConnection(); var insert = connection.prepareStatement("""
                insert into import_job (id, cycle_id, format, file_name, content, submit, status, created_by,
                                        created_at, started_at, claimed_by, lease_until)
                values (?, ?::uuid, 'CSV', 'left-behind.csv', ?, false, 'RUNNING', 'coordinator',
                        now() - interval '1 minute', now() - interval '1 minute', 'a-replica-that-stopped',
                        now() - interval '1 second')""")) {
            insert.setObject(1, job);
            insert.setString(2, cycleId);
            insert.setBytes(3, csv);
            insert.executeUpdate();
        }

        JsonPath report = awaitDone(job.toString());

        assertThat(report.getInt("countriesImported")).isEqualTo(1);
        given().auth().oauth2(TestTokens.coordinator()).queryParam("cycleId", cycleId).queryParam("country", "GHA")
                .when().get("/api/v1/responses").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].answers.Q1", equalTo("YES"));
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var claimedBy = statement.executeQuery("select claimed_by from import_job where id = '" + job + "'")) {
            claimedBy.next();
            assertThat(claimedBy.getString(1)).as("this replica's claim").isNotEqualTo("a-replica-that-stopped");
        }
    }

    static JsonPath awaitDone(String job) {
        await().atMost(Duration.ofSeconds(60)).until(() -> !List.of("QUEUED", "RUNNING").contains(given().auth()
                .oauth2(TestTokens.coordinator()).when().get("/api/v1/imports/" + job).then().statusCode(200)
                .extract().<String>path("status")));
        given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/imports/" + job).then()
                .body("status", equalTo("DONE"));
        return given().auth().oauth2(TestTokens.coordinator()).when().get("/api/v1/imports/" + job)
                .then().extract().jsonPath();
    }

    private long count() {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery("select count(*) from import_job")) {
            rows.next();
            return rows.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
