package org.taplatform.registry.iati;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taplatform.registry.support.RegistryFixtures;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestTokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Importing publishers' IATI files: idempotent by identifier, relevant activities only, hostile XML refused. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class IatiImportResourceTest {

    String publisher;

    @BeforeEach
    void publisher() {
        publisher = RegistryFixtures.organisation("MULTILATERAL", "KEN");
    }

    String activity(String localId, String title, String sectors, String countries) {
        return """
                <iati-activity last-updated-datetime="2026-01-01T00:00:00Z" xml:lang="en" default-currency="USD">
                  <iati-identifier>%1$s-%2$s</iati-identifier>
                  <reporting-org ref="%1$s" type="40"><narrative>Publisher</narrative></reporting-org>
                  <title><narrative>%3$s</narrative><narrative xml:lang="fr">Titre %3$s</narrative></title>
                  <description type="1"><narrative>About %3$s</narrative></description>
                  <participating-org ref="%1$s" role="4" type="21"><narrative>Publisher</narrative></participating-org>
                  <other-identifier ref="INT-%2$s" type="A1"/>
                  <other-identifier ref="CRS-%2$s" type="A2"><owner-org ref="XM-DAC-41114"><narrative>CRS</narrative></owner-org></other-identifier>
                  <activity-status code="2"/>
                  <activity-date iso-date="2026-02-01" type="1"/>
                  <activity-date iso-date="2026-12-31" type="3"/>
                  %5$s
                  %4$s
                  <budget type="1" status="1"><period-start iso-date="2026-02-01"/><period-end iso-date="2026-12-31"/>
                    <value currency="USD" value-date="2026-01-15">120000</value></budget>
                  <document-link format="application/pdf" url="https://example.org/%2$s/appraisal.pdf">
                    <title><narrative>Appraisal of %3$s</narrative><narrative xml:lang="fr">Évaluation ex ante</narrative></title>
                    <category code="A07"/><language code="en"/><document-date iso-date="2026-01-20"/>
                  </document-link>
                </iati-activity>""".formatted(publisher, localId, title, sectors, countries);
    }

    static String file(String... activities) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"2.03\">\n"
                + String.join("\n", activities) + "\n</iati-activities>\n";
    }

    static final String JUDICIAL = "<sector vocabulary=\"1\" code=\"15130\" percentage=\"100\"/>";
    static final String KENYA = "<recipient-country code=\"KE\" percentage=\"100\"/>";

    JsonPath importAs(String token, String xml) {
        return importAs(token, xml, "ALL");
    }

    JsonPath importAs(String token, String xml, String scope) {
        String job = given().auth().oauth2(token).contentType("application/xml").queryParam("fileName", "publisher.xml")
                .queryParam("scope", scope).body(xml.getBytes(StandardCharsets.UTF_8)).when().post("/api/v1/iati/imports").then().statusCode(202)
                .extract().path("id");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> !List.of("QUEUED", "RUNNING").contains(
                given().auth().oauth2(token).when().get("/api/v1/iati/imports/" + job).then().extract().path("status")));
        return given().auth().oauth2(token).when().get("/api/v1/iati/imports/" + job).then().extract().jsonPath();
    }

    @Test
    void shouldRegisterRelevantActivitiesSkipOthersWhenAskedAndChangeNothingTheSecondTime() {
        String xml = file(activity("A1", "Judicial training", JUDICIAL, KENYA),
                activity("A2", "Tagged work", "<sector vocabulary=\"1\" code=\"11110\"/><tag vocabulary=\"99\" vocabulary-uri=\""
                        + IatiActivityWriter.TAXONOMY_URI + "\" code=\"LEGAL.DRAFTING\"/>", KENYA),
                activity("A3", "Primary schools", "<sector vocabulary=\"1\" code=\"11220\"/>", KENYA));
        String token = RegistryFixtures.tokenOf("partner", publisher);
        JsonPath first = importAs(token, xml, "RELEVANT");
        assertThat(first.getString("status")).isEqualTo("DONE");
        assertThat(first.getString("scope")).isEqualTo("RELEVANT");
        assertThat(first.getInt("activitiesTotal")).isEqualTo(3);
        assertThat(first.getInt("created")).isEqualTo(2);
        assertThat(first.getInt("skipped")).isEqualTo(1);
        assertThat(first.getList("report.findAll { it.outcome == 'SKIPPED' }.iatiIdentifier"))
                .containsExactly(publisher + "-A3");
        given().queryParam("organisation", publisher).when().get("/api/v1/activities").then()
                .body("items.activity.iatiIdentifier", equalTo(List.of(publisher + "-A1", publisher + "-A2")))
                .body("items[1].activity.taSubtypes", equalTo(List.of("LEGAL.DRAFTING")))
                .body("items[0].activity.titles.fr", equalTo("Titre Judicial training"))
                .body("items[0].activity.participants[0].type", equalTo("21"))
                .body("items[0].activity.otherIdentifiers.ref", equalTo(List.of("INT-A1", "CRS-A1")))
                .body("items[0].activity.otherIdentifiers[1].ownerRef", equalTo("XM-DAC-41114"))
                .body("items[0].activity.documents[0].url", equalTo("https://example.org/A1/appraisal.pdf"))
                .body("items[0].activity.documents[0].categories", equalTo(List.of("A07")))
                .body("items[0].activity.documents[0].titles.fr", equalTo("Évaluation ex ante"))
                .body("items[0].activity.documents[0].date", equalTo("2026-01-20"));
        // and out again as the publisher gave it, valid against the schema
        byte[] exported = given().queryParam("organisation", publisher).when().get("/api/v1/iati/activities.xml").then()
                .statusCode(200).extract().asByteArray();
        assertThatCode(() -> IatiSchemas.validate(IatiSchemas.ACTIVITIES, exported)).doesNotThrowAnyException();
        assertThat(new String(exported, StandardCharsets.UTF_8)).contains("role=\"4\" type=\"21\"")
                .contains("<other-identifier ref=\"INT-A1\" type=\"A1\"/>")
                .contains("<document-link url=\"https://example.org/A1/appraisal.pdf\" format=\"application/pdf\">")
                .contains("<category code=\"A07\"/><language code=\"en\"/><document-date iso-date=\"2026-01-20\"/>")
                .contains("<other-identifier ref=\"CRS-A1\" type=\"A2\"><owner-org ref=\"XM-DAC-41114\"><narrative>CRS</narrative></owner-org></other-identifier>");

        JsonPath again = importAs(token, xml, "RELEVANT");
        assertThat(again.getInt("unchanged")).isEqualTo(2);
        assertThat(again.getInt("created") + again.getInt("updated")).isZero();

        JsonPath changed = importAs(token, xml.replace("Judicial training", "Judicial and prosecutorial training"),
                "RELEVANT");
        assertThat(changed.getInt("updated")).isEqualTo(1);
        assertThat(changed.getInt("unchanged")).isEqualTo(1);
    }

    @Test
    void shouldKeepTheLinksThatMakeOneMoneyFlowOfTwoReports() {
        String links = """
                <transaction><transaction-type code="1"/><transaction-date iso-date="2026-02-10"/>
                  <value currency="USD" value-date="2026-02-10">60000</value>
                  <provider-org ref="XI-DONOR" provider-activity-id="XI-DONOR-KEN-7"><narrative>Donor</narrative></provider-org>
                </transaction>
                <transaction><transaction-type code="3"/><transaction-date iso-date="2026-03-01"/>
                  <value currency="USD" value-date="2026-03-01">10000</value>
                  <provider-org provider-activity-id="XI-NOT-INCOMING-1"/>
                </transaction>
                <related-activity ref="XI-DONOR-PROGRAMME-1" type="1"/>
                <related-activity ref="XI-COFUNDER-KEN-2" type="4"/>""";
        String xml = file(activity("L1", "Judicial training", JUDICIAL, KENYA).replace("</iati-activity>",
                links + "\n</iati-activity>"));
        JsonPath imported = importAs(RegistryFixtures.tokenOf("partner", publisher), xml);
        assertThat(imported.getInt("created")).isEqualTo(1);
        given().queryParam("organisation", publisher).when().get("/api/v1/activities").then()
                .body("items[0].activity.providerActivities", equalTo(List.of("XI-DONOR-KEN-7")))
                .body("items[0].activity.relatedActivities.identifier", equalTo(List.of("XI-DONOR-PROGRAMME-1",
                        "XI-COFUNDER-KEN-2")))
                .body("items[0].activity.relatedActivities.type", equalTo(List.of("1", "4")));

        // written back out as IATI related-activity, valid against the 2.03 schema
        byte[] file = given().queryParam("organisation", publisher).when().get("/api/v1/iati/activities.xml").then()
                .statusCode(200).extract().asByteArray();
        assertThat(new String(file, StandardCharsets.UTF_8))
                .contains("<related-activity ref=\"XI-COFUNDER-KEN-2\" type=\"4\"/>");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> IatiSchemas.validate(IatiSchemas.ACTIVITIES,
                file))).isNull();
    }

    @Test
    void shouldRejectActivitiesOneByOneWithTheirReasons() {
        String otherPublisher = RegistryFixtures.organisation("MULTILATERAL");
        String foreign = activity("F1", "Not mine", JUDICIAL, KENYA).replace(publisher, otherPublisher);
        String xml = file(activity("R1", "Good", JUDICIAL, KENYA),
                activity("R2", "Shares", JUDICIAL, "<recipient-country code=\"KE\" percentage=\"60\"/><recipient-country code=\"UG\" percentage=\"30\"/>"),
                activity("R3", "Nowhere", JUDICIAL, "<recipient-country code=\"QQ\"/>"),
                foreign);
        JsonPath report = importAs(RegistryFixtures.tokenOf("partner", publisher), xml);
        assertThat(report.getInt("created")).isEqualTo(1);
        assertThat(report.getInt("rejected")).isEqualTo(3);
        Map<String, List<String>> reasons = new java.util.HashMap<>();
        for (Map<String, Object> entry : report.<Map<String, Object>>getList("report")) {
            reasons.put((String) entry.get("iatiIdentifier"), (List<String>) entry.get("reasons"));
        }
        assertThat(reasons.get(publisher + "-R2").toString()).contains("add up to 90, not 100");
        assertThat(reasons.get(publisher + "-R3").toString()).contains("QQ is not a party");
        assertThat(reasons.get(otherPublisher + "-F1").toString()).contains("not by the importer's organisation");
    }

    @Test
    void shouldReadTheTwoSeriesAndSayWhatItDoesWithEveryOtherVersion() {
        String token = RegistryFixtures.tokenOf("partner", publisher);
        String file = file(activity("V1", "Judicial training", JUDICIAL, KENYA));
        JsonPath old = importAs(token, file.replace("version=\"2.03\"", "version=\"1.05\""));
        assertThat(old.getString("status")).isEqualTo("FAILED");
        assertThat(old.getString("failure")).contains("IATI 1.05 is not supported").contains("2.01, 2.02, 2.03");
        assertThat(importAs(token, file.replace("version=\"2.03\"", "version=\"2.99\"")).getString("failure"))
                .contains("IATI version 2.99 is not one this platform reads");
        given().queryParam("organisation", publisher).when().get("/api/v1/activities").then().body("items.size()", equalTo(0));

        // no version at all (the OCHA test file): read as 2.03, and the importer is told
        JsonPath unversioned = importAs(token, file.replace(" version=\"2.03\"", ""));
        assertThat(unversioned.getString("status")).isEqualTo("DONE");
        assertThat(unversioned.getInt("created")).isEqualTo(1);
        assertThat(unversioned.getList("notes", String.class)).singleElement().asString()
                .contains("declares no IATI version").contains("read as 2.03");
        JsonPath older = importAs(token, file(activity("V2", "Prosecutors' training", JUDICIAL, KENYA))
                .replace("version=\"2.03\"", "version=\"2.01\""));
        assertThat(older.getInt("created")).isEqualTo(1);
        assertThat(older.getList("notes")).isEmpty();
    }

    @Test
    void shouldRefuseHostileOrBrokenFilesAsAWholeAndImportNothing() {
        String token = TestTokens.coordinator();
        String billionLaughs = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
                <iati-activities version="2.03"><iati-activity><iati-identifier>&lol3;</iati-identifier></iati-activity></iati-activities>""";
        assertThat(importAs(token, billionLaughs).getString("failure")).contains("DOCTYPE");
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <iati-activities version="2.03"><iati-activity><iati-identifier>&secret;</iati-identifier></iati-activity></iati-activities>""";
        JsonPath refused = importAs(token, xxe);
        assertThat(refused.getString("status")).isEqualTo("FAILED");
        assertThat(refused.getString("failure")).contains("DOCTYPE").doesNotContain("root:");
        assertThat(importAs(token, "<activities xmlns=\"urn:other\"><iati-activity/></activities>").getString("failure"))
                .contains("not an IATI activity file");
        String truncated = file(activity("T1", "Complete", JUDICIAL, KENYA), activity("T2", "Cut", JUDICIAL, KENYA));
        JsonPath cut = importAs(token, truncated.substring(0, truncated.length() - 300));
        assertThat(cut.getString("failure")).contains("not well-formed");
        assertThat(cut.getInt("created")).isZero();
        given().queryParam("organisation", publisher).when().get("/api/v1/activities").then().body("items.size()", equalTo(0));
    }

    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource dataSource;

    /**
     * A job left RUNNING by a replica that stopped (its lease lapsed) is taken over by this replica, which reads the
     * file from the database (split over chunks here, cut in the middle of an element) and imports it; the file is
     * deleted once the job has ended.
     */
    @Test
    void shouldTakeOverAJobWhoseReplicaStoppedReadingItsFileFromTheDatabase() throws Exception {
        byte[] xml = file(activity("TAKEN", "Taken over", JUDICIAL, KENYA)).getBytes(StandardCharsets.UTF_8);
        java.util.UUID job = java.util.UUID.randomUUID();
        try (var connection = dataSource.getConnection()) {
            try (var insert = connection.prepareStatement("""
                    insert into iati_import_job (id, file_name, file_size, status, scope, created_by, created_at,
                                                 started_at, claimed_by, lease_until)
                    values (?, 'left-behind.xml', ?, 'RUNNING', 'ALL', 'coordinator', now() - interval '1 minute',
                            now() - interval '1 minute', 'a-replica-that-stopped', now() - interval '1 second')""")) {
                insert.setObject(1, job);
                insert.setLong(2, xml.length);
                insert.executeUpdate();
            }
            int cut = xml.length / 2;
            for (int seq = 0; seq < 2; seq++) {
                try (var chunk = connection.prepareStatement(
                        "insert into iati_import_file (job_id, seq, data) values (?, ?, ?)")) {
                    chunk.setObject(1, job);
                    chunk.setInt(2, seq);
                    chunk.setBytes(3, seq == 0 ? java.util.Arrays.copyOf(xml, cut)
                            : java.util.Arrays.copyOfRange(xml, cut, xml.length));
                    chunk.executeUpdate();
                }
            }
        }
        String token = TestTokens.coordinator();

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> "DONE".equals(
                given().auth().oauth2(token).when().get("/api/v1/iati/imports/" + job).then().extract().path("status")));

        given().auth().oauth2(token).when().get("/api/v1/iati/imports/" + job).then().body("created", equalTo(1));
        given().queryParam("organisation", publisher).when().get("/api/v1/activities").then()
                .body("items.activity.iatiIdentifier", equalTo(List.of(publisher + "-TAKEN")));
        assertThat(count("select count(*) from iati_import_file where job_id = '" + job + "'"))
                .as("the file is gone with the job's end").isZero();
        assertThat(count("select count(*) from iati_import_job where id = '" + job
                + "' and claimed_by <> 'a-replica-that-stopped'")).as("this replica's claim").isEqualTo(1);
    }

    @Test
    void shouldRefuseAnEmptyFileAndKeepNothingOfIt() {
        long jobs = count("select count(*) from iati_import_job");
        long chunks = count("select count(*) from iati_import_file");
        given().auth().oauth2(TestTokens.coordinator()).contentType("application/xml").body(new byte[0]).when()
                .post("/api/v1/iati/imports").then().statusCode(422).contentType("application/problem+json");
        assertThat(count("select count(*) from iati_import_job")).isEqualTo(jobs);
        assertThat(count("select count(*) from iati_import_file")).isEqualTo(chunks);
    }

    @jakarta.inject.Inject
    IatiUploads uploads;

    /** An upload past the limit stops being read and kept at once (the accepting transaction then rolls back: 413). */
    @Test
    void shouldStopKeepingAnUploadPastItsLimit() {
        long chunks = count("select count(*) from iati_import_file");
        long stored = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> uploads.store(
                java.util.UUID.randomUUID(), new java.io.ByteArrayInputStream(new byte[30]), 10));
        assertThat(stored).isEqualTo(-1);
        assertThat(count("select count(*) from iati_import_file")).isEqualTo(chunks);
    }

    private long count(String sql) {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Test
    void shouldRefuseOtherContentTypesAndRoles() {
        given().auth().oauth2(TestTokens.coordinator()).contentType("text/plain").body("x").when()
                .post("/api/v1/iati/imports").then().statusCode(415).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.focalPoint("KEN")).contentType("application/xml").body(file()).when()
                .post("/api/v1/iati/imports").then().statusCode(403);
        given().contentType("application/xml").body(file()).when().post("/api/v1/iati/imports").then().statusCode(401);
    }
}
