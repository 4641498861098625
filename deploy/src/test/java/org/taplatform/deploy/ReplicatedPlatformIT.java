package org.taplatform.deploy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.restassured.http.ContentType;

/**
 * The platform with every service as two replicas behind HAProxy (TA_REPLICAS=2), as an operator would run it: each
 * request may land on either replica, each replica consumes its share of the partitions, and every effect of the main
 * flows happens once: a survey submission's need and its match proposal, an IATI import's activities, a webhook
 * delivery, a bulk import's responses (docs/scaling.md).
 */
class ReplicatedPlatformIT {

    static final String RUN = Long.toString(System.currentTimeMillis(), 36).toUpperCase(java.util.Locale.ROOT);

    @BeforeAll
    static void startPlatform() {
        Platform.startReplicatedForTests();
    }

    @AfterAll
    static void stopPlatform() {
        Platform.run("down.sh", "--wipe");
    }

    /** Each service's port is the load balancer's: over a few requests, both replicas answer. */
    @Test
    void shouldBalanceEachServiceOverItsTwoReplicas() {
        for (String service : List.of(Platform.SURVEY, Platform.NEEDS, Platform.REGISTRY, Platform.COORDINATION)) {
            Set<String> replicas = new HashSet<>();
            for (int i = 0; i < 8; i++) {
                replicas.add(given().when().get(service + "/api/v1/reference/instruments").then().statusCode(200)
                        .extract().header("X-TA-Replica"));
            }
            String name = replicas.iterator().next().replaceAll("-[12]$", "");
            assertThat(replicas).as(service).containsExactlyInAnyOrder(name + "-1", name + "-2");
            for (int replica = 1; replica <= 2; replica++) {
                given().when().get("http://localhost:" + (Platform.replicaPort(service, replica) + 1000)
                        + "/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
            }
        }
    }

    /**
     * A focal point's submission through the balancer: its need is registered once, reaches coordination, and is
     * proposed once to the organisation that can answer it.
     */
    @Test
    void shouldTakeASubmissionToOneMatchProposal() {
        String coordinator = Platform.passwordToken("coordinator");
        String organisation = "XI-IATI-REPLICAS-" + RUN;
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(Map.of("identifier", organisation,
                "kind", "MULTILATERAL", "names", Map.of("en", "Replica check " + RUN), "countries", List.of("PHL"),
                "regions", List.of(), "languages", List.of("en"))).when()
                .post(Platform.REGISTRY + "/api/v1/organisations").then().statusCode(201);
        String etag = given().when().get(Platform.REGISTRY + "/api/v1/organisations/" + organisation).then()
                .statusCode(200).extract().header("ETag");
        given().auth().oauth2(coordinator).header("If-Match", etag).contentType(ContentType.JSON).body(List.of(Map.of(
                "taSubtype", "TRAINING.LAW_ENFORCEMENT", "instruments", List.of("SOM"), "deliveryModes",
                List.of("WORKSHOP"), "regions", List.of(), "countries", List.of("PHL"), "languages", List.of())))
                .when().put(Platform.REGISTRY + "/api/v1/organisations/" + organisation + "/capabilities").then()
                .statusCode(200);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(coordinator).when()
                .get(Platform.COORDINATION + "/api/v1/organisations/" + organisation + "/matches").then()
                .statusCode(200));

        String focalPoint = Platform.passwordToken("focal-phl");
        String cycle = given().auth().oauth2(focalPoint).when().get(Platform.SURVEY + "/api/v1/cycles").then()
                .statusCode(200).extract().path("items.find { it.status == 'OPEN' }.id");
        var answered = Platform.answeredResponse(focalPoint, cycle, "PHL", "SOM", "TRAINING.LAW_ENFORCEMENT",
                "Training of border police on victim identification, replicas " + RUN);
        given().auth().oauth2(focalPoint).header("If-Match", answered.etag()).when()
                .post(Platform.SURVEY + "/api/v1/responses/" + answered.id() + "/submit").then().statusCode(200);

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> proposals(
                answered.needId(), organisation) >= 1);
        assertThat(proposals(answered.needId(), organisation)).as("proposed once").isEqualTo(1);
        assertThat(Platform.readAll("ta.needs").stream()
                .filter(r -> "ta.needs.need.registered.v1".equals(Platform.header(r, "ce_type")))
                .filter(r -> answered.needId().equals(Platform.header(r, "ce_subject")))).as("registered once")
                .hasSize(1);
        given().auth().oauth2(coordinator).when().get(Platform.COORDINATION + "/api/v1/needs/" + answered.needId())
                .then().statusCode(200).body("country", equalTo("PHL"));
    }

    private static long proposals(String need, String organisation) {
        return Platform.readAll("ta.coordination.events").stream()
                .filter(r -> "ta.coordination.match.proposed.v1".equals(Platform.header(r, "ce_type")))
                .filter(r -> need.equals(Platform.jsonField(r.value(), "needId"))
                        && organisation.equals(Platform.jsonField(r.value(), "organisation")))
                .count();
    }

    /** An IATI file uploaded through the balancer is imported by one replica: each activity registered once. */
    @Test
    void shouldImportAnIatiFileOnce() {
        String officer = Platform.passwordToken("fo-nairobi");
        String run = RUN + "I";
        String job = given().auth().oauth2(officer).contentType("application/xml").queryParam("fileName", "roea.xml")
                .body(Platform.iatiFile(run, 30).getBytes(StandardCharsets.UTF_8)).when()
                .post(Platform.REGISTRY + "/api/v1/iati/imports").then().statusCode(202).extract().path("id");
        // the job's progress, read through the balancer: whichever replica answers reads the database
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> given().auth().oauth2(officer).when()
                .get(Platform.REGISTRY + "/api/v1/iati/imports/" + job).then().statusCode(200)
                .body("status", equalTo("DONE")));
        given().auth().oauth2(officer).when().get(Platform.REGISTRY + "/api/v1/iati/imports/" + job).then()
                .body("created", equalTo(30)).body("rejected", equalTo(0));
        Map<String, Long> registered = Platform.readAll("ta.registry.activities").stream()
                .filter(r -> "ta.registry.activity.registered.v1".equals(Platform.header(r, "ce_type")))
                .filter(r -> r.value().contains("IMP-" + run + "-"))
                .collect(Collectors.groupingBy(r -> Platform.header(r, "ce_subject"), Collectors.counting()));
        assertThat(registered).hasSize(30).allSatisfy((activity, times) -> assertThat(times).isEqualTo(1));
    }

    /**
     * A replica stopped in the middle of an IATI import (as a rolling restart stops it) leaves the job to the other
     * replica at once, which runs it to its end: every activity registered once. The activities are outside the TA
     * taxonomy (registered unclassified), so that coordination compares none of them.
     */
    @Test
    void shouldFinishAnIatiImportOnTheOtherReplicaWhenTheOneRunningItStops() throws Exception {
        String officer = Platform.passwordToken("fo-nairobi");
        String run = RUN + "T";
        int count = 10_000;
        String xml = Platform.iatiFile(run, count).replace("code=\"15130\"", "code=\"11110\"")
                .replaceAll("\\s*<tag vocabulary=\"99\"[^>]*/>", "");
        String job = given().auth().oauth2(officer).contentType("application/xml").queryParam("fileName", "big.xml")
                .body(xml.getBytes(StandardCharsets.UTF_8)).when().post(Platform.REGISTRY + "/api/v1/iati/imports")
                .then().statusCode(202).extract().path("id");
        String taken = "Job " + job + " of iati_import_job taken by";
        String taker = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> List.of(1, 2).stream().map(n -> "provider-registry-service-" + n)
                        .filter(replica -> log(replica).contains(taken)).findFirst().orElse(null),
                        java.util.Objects::nonNull);
        assertThat(given().auth().oauth2(officer).when().get(Platform.REGISTRY + "/api/v1/iati/imports/" + job).then()
                .extract().<String>path("status")).as("still running when its replica stops").isEqualTo("RUNNING");

        Platform.run("component.sh", "stop", taker);
        try {
            await().atMost(Duration.ofSeconds(300)).untilAsserted(() -> given().auth().oauth2(officer).when()
                    .get(Platform.REGISTRY + "/api/v1/iati/imports/" + job).then().statusCode(200)
                    .body("status", equalTo("DONE")));
            String other = taker.endsWith("-1") ? "provider-registry-service-2" : "provider-registry-service-1";
            assertThat(log(other)).as("taken over by the other replica").contains(taken);
            var done = given().auth().oauth2(officer).when().get(Platform.REGISTRY + "/api/v1/iati/imports/" + job)
                    .then().extract().jsonPath();
            assertThat(done.getInt("activitiesDone")).isEqualTo(count);
            assertThat(done.getInt("rejected")).isZero();
            Map<String, Long> registered = Platform.readAll("ta.registry.activities").stream()
                    .filter(r -> "ta.registry.activity.registered.v1".equals(Platform.header(r, "ce_type")))
                    .filter(r -> r.value().contains("IMP-" + run + "-"))
                    .collect(Collectors.groupingBy(r -> Platform.header(r, "ce_subject"), Collectors.counting()));
            assertThat(registered).as("each activity registered once").hasSize(count)
                    .allSatisfy((activity, times) -> assertThat(times).isEqualTo(1));
        } finally {
            Platform.run("component.sh", "start", taker);
        }
    }

    private static String log(String component) {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of(System.getenv("TA_HOME"), "logs",
                    component + ".log"));
        } catch (java.io.IOException e) {
            return "";
        }
    }

    /** A need recorded through the balancer reaches a donor's webhook once, whichever replica dispatches it. */
    @Test
    void shouldDeliverAWebhookOnce() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            received.add(exchange.getRequestHeaders().getFirst("webhook-id") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String marker = "webhook replicas " + RUN;
            given().auth().oauth2(Platform.passwordToken("donor-norland")).contentType(ContentType.JSON)
                    .body(Map.of("callbackUrl", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks",
                            "kinds", List.of("NEED"), "countries", List.of("UGA"), "description", marker))
                    .when().post(Platform.COORDINATION + "/api/v1/subscriptions").then().statusCode(201);
            String need = given().auth().oauth2(Platform.passwordToken("coordinator")).contentType(ContentType.JSON)
                    .body(Map.of("country", "UGA", "instrument", "UNTOC", "taSubtype", "LEGAL.DRAFTING",
                            "description", marker, "priority", "HIGH", "consent", "PROVIDERS_AND_DONORS",
                            "requestReference", "Note verbale " + RUN))
                    .when().post(Platform.NEEDS + "/api/v1/needs").then().statusCode(201).extract().path("id");

            await().atMost(Duration.ofSeconds(90)).until(() -> received.stream().anyMatch(b -> b.contains(need)));
            List<String> forThisNeed = received.stream().filter(b -> b.contains(need)).toList();
            assertThat(forThisNeed).as("one delivery of the need's notice").hasSize(1);
        } finally {
            receiver.stop(0);
        }
    }

    /** A bulk import of answers accepted through the balancer runs on one replica: each response once. */
    @Test
    void shouldImportAnswersInBulkOnce() {
        String coordinator = Platform.passwordToken("coordinator");
        String cycle = given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(Map.of("name",
                "Replicas cycle " + RUN, "instruments", List.of("SOM"), "periodStart",
                LocalDate.now().withDayOfYear(1).toString(), "periodEnd",
                LocalDate.now().withDayOfYear(1).plusYears(1).minusDays(1).toString(), "deadline",
                LocalDate.now().plusYears(1).toString())).when().post(Platform.SURVEY + "/api/v1/cycles").then()
                .statusCode(201).extract().path("id");
        List<String> countries = given().auth().oauth2(coordinator).queryParam("instrument", "SOM")
                .queryParam("limit", 3).when().get(Platform.SURVEY + "/api/v1/cycles/" + cycle + "/expected-reporters")
                .then().statusCode(200).extract().path("items");
        StringBuilder csv = new StringBuilder("country,instrument,question,value\n");
        for (String country : countries) {
            Platform.checklistAnswers("SOM").forEach((question, value) -> csv.append(country).append(",SOM,")
                    .append(question).append(',').append(value).append('\n'));
        }
        String job = given().auth().oauth2(coordinator).contentType("text/csv").queryParam("cycleId", cycle)
                .queryParam("submit", true).body(csv.toString().getBytes(StandardCharsets.UTF_8)).when()
                .post(Platform.SURVEY + "/api/v1/imports").then().statusCode(202).extract().path("id");

        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> given().auth().oauth2(coordinator).when()
                .get(Platform.SURVEY + "/api/v1/imports/" + job).then().statusCode(200).body("status", equalTo("DONE")));
        given().auth().oauth2(coordinator).when().get(Platform.SURVEY + "/api/v1/imports/" + job).then()
                .body("countriesImported", equalTo(countries.size())).body("countriesRejected", equalTo(0));
        List<String> responded = new ArrayList<>();
        for (String country : countries) {
            responded.addAll(given().auth().oauth2(coordinator).queryParam("cycleId", cycle)
                    .queryParam("country", country).when().get(Platform.SURVEY + "/api/v1/responses").then()
                    .statusCode(200).extract().<List<String>>path("items.id"));
        }
        assertThat(responded).as("one response per country").hasSize(countries.size());
        List<ConsumerRecord<String, String>> submitted = Platform.readAll("ta.survey.responses").stream()
                .filter(r -> "ta.survey.response.submitted.v1".equals(Platform.header(r, "ce_type")))
                .filter(r -> responded.contains(Platform.header(r, "ce_subject"))).toList();
        assertThat(submitted).as("each submitted once").hasSize(countries.size());
        assertThat(submitted.stream().map(r -> Platform.header(r, "ce_subject")).distinct()).hasSize(countries.size());
    }
}
