package org.taplatform.deploy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * The whole platform as a user meets it: started by the launcher with real PostgreSQL, Kafka and Keycloak, real
 * tokens, a submission through survey-service that reaches coordination-service through both event hops.
 */
class PlatformSmokeIT {

    @BeforeAll
    static void startPlatform() {
        Platform.startForTests();
    }

    @AfterAll
    static void stopPlatform() {
        Platform.run("down.sh", "--wipe");
        assertThat(Platform.anyPortOpen()).as("a process of the platform still listens after down").isFalse();
    }

    @Test
    void shouldSaySoAndChangeNothingWhenStartedTwice() {
        assertThat(Platform.runAndCapture("up.sh")).contains("already running");
        assertThat(Platform.runAndCapture("status.sh")).doesNotContain("stopped");
    }

    @Test
    void shouldCarryAFocalPointsSubmissionToCoordination() {
        String focalPoint = Platform.passwordToken("focal-phl");
        assertThat(Platform.claims(focalPoint)).containsEntry("country", "PHL");
        assertThat(Platform.realmRoles(focalPoint)).contains("state-focal-point");

        // the demo data's open cycle covers SOM, and the Philippines is among its expected reporters
        String cycleId = given().auth().oauth2(focalPoint).when().get(Platform.SURVEY + "/api/v1/cycles")
                .then().statusCode(200).extract().path("items.find { it.status == 'OPEN' }.id");
        var draft = given().auth().oauth2(focalPoint).contentType(ContentType.JSON).body("""
                {"cycleId": "%s", "country": "PHL", "instrument": "SOM", "language": "en"}""".formatted(cycleId))
                .when().post(Platform.SURVEY + "/api/v1/responses").then().statusCode(201).extract();
        // the checklist, article by article: article 14's training partly in place (the law cited), and the need for it
        var answers = Platform.checklistAnswers("SOM");
        answers.put("A14.1", "PARTLY");
        answers.put("A14.2", "Immigration Act, section 40: border officers trained; prosecutors not yet");
        answers.put("A14.TA", List.of(java.util.Map.of("taSubtype", "COOPERATION.CRIMINAL_MATTERS_TRAINING",
                "priority", "HIGH", "beneficiaryGroups", List.of("PROSECUTORS"), "consent", "PROVIDERS_AND_DONORS",
                "description", "end-to-end test need")));
        String saved = given().auth().oauth2(focalPoint).header("If-Match", draft.header("ETag"))
                .contentType(ContentType.JSON).body(java.util.Map.of("answers", answers))
                .when().put(Platform.SURVEY + "/api/v1/responses/" + draft.path("id") + "/answers")
                .then().statusCode(200).body("report.complete", org.hamcrest.Matchers.equalTo(true))
                .extract().header("ETag");
        String needId = given().auth().oauth2(focalPoint).header("If-Match", saved)
                .when().post(Platform.SURVEY + "/api/v1/responses/" + draft.path("id") + "/submit")
                .then().statusCode(200).body("status", equalTo("SUBMITTED")).extract().path("answers.'A14.TA'[0].id");

        String coordinator = Platform.passwordToken("coordinator");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(coordinator)
                .when().get(Platform.COORDINATION + "/api/v1/needs/" + needId)
                .then().statusCode(200).body("country", equalTo("PHL"))
                .body("taSubtype", equalTo("COOPERATION.CRIMINAL_MATTERS_TRAINING")));
        given().auth().oauth2(coordinator).when().get(Platform.NEEDS + "/api/v1/needs/" + needId)
                .then().statusCode(200).body("source", equalTo("SURVEY"))
                .body("article", equalTo("14")); // the article of the question it was stated under
    }

    /**
     * coordination-service as two replicas of one consumer group (TA_COORDINATION_REPLICAS=2): each applies the events
     * of its partitions, and each one's read models follow every event. Twelve countries' activities, each reported
     * twice (spread over every partition), then every read asked of both replicas: the same answers; and each side
     * effect once (an alert per pair, its event once, a proposal per need and organisation).
     */
    @Test
    void shouldAnswerAlikeFromEitherCoordinationReplicaAndActOnce() {
        String coordinator = Platform.passwordToken("coordinator");
        List<String> countries = List.of("KEN", "UGA", "TZA", "COL", "PER", "PHL", "IDN", "THA", "SEN", "EGY", "MAR",
                "VNM");
        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        // dates from today: an activity long past its end would be overdue for an update, and count for nothing
        String start = java.time.LocalDate.now().plusMonths(3).toString();
        String end = java.time.LocalDate.now().plusMonths(9).toString();
        for (String country : countries) {
            for (String organisation : List.of("XI-IATI-IICJ", "XM-DAC-41128-ROEA")) {
                given().auth().oauth2(coordinator).contentType(ContentType.JSON).body("""
                        {"reportingOrganisation": "%1$s", "localId": "REPLICA-%2$s-%3$s",
                         "titles": {"en": "Asset forfeiture training for prosecutors of %3$s, replica check %2$s"},
                         "descriptions": {"en": "Workshops on asset forfeiture cases for prosecutors, %2$s"},
                         "status": "2", "plannedStart": "%4$s", "plannedEnd": "%5$s",
                         "participants": [{"identifier": "%1$s", "name": "Implementer", "role": "4"}],
                         "recipientCountries": [{"code": "%3$s"}], "sectors": [{"code": "15130"}],
                         "taSubtypes": ["TRAINING.JUSTICE_OFFICIALS"], "instruments": ["UNTOC"],
                         "beneficiaryGroups": ["PROSECUTORS"],
                         "budget": {"amount": 120000, "currency": "USD", "valueDate": "%4$s"}}
                        """.formatted(organisation, run, country, start, end))
                        .when().post(Platform.REGISTRY + "/api/v1/activities").then().statusCode(201);
            }
        }
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            for (String country : countries) {
                String draft = """
                        {"organisation": "XI-IATI-NORLANDMFA", "recipientCountries": ["%s"],
                         "titles": {"en": "Asset forfeiture training for prosecutors of %s, replica check %s"},
                         "taSubtypes": ["TRAINING.JUSTICE_OFFICIALS"], "beneficiaryGroups": ["PROSECUTORS"],
                         "plannedStart": "%s", "plannedEnd": "%s"}""".formatted(country, country, run, start, end);
                String first = given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(draft).when()
                        .post(Platform.COORDINATION + "/api/v1/overlaps/check").then().statusCode(200).extract().asString();
                assertThat(first).as("the check on replica 1 finds both reports in " + country)
                        .contains("REPLICA-" + run + "-" + country);
                for (String path : List.of("/api/v1/overlaps/check")) {
                    assertThat(given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(draft).when()
                            .post(Platform.COORDINATION_2 + path).then().statusCode(200).extract().asString())
                            .as("the pre-registration check in " + country).isEqualTo(first);
                }
                for (String read : List.of("/api/v1/countries/" + country + "/coordination?matches=3",
                        "/api/v1/gaps?country=" + country, "/api/v1/overlap-alerts?limit=500&country=" + country)) {
                    // the same body, but for the moment each replica says it made the page
                    assertThat(withoutGeneratedAt(given().auth().oauth2(coordinator).when()
                            .get(Platform.COORDINATION_2 + read).then().statusCode(200).extract().asString())).as(read)
                            .isEqualTo(withoutGeneratedAt(given().auth().oauth2(coordinator).when()
                                    .get(Platform.COORDINATION + read).then().statusCode(200).extract().asString()));
                }
                assertThat(given().auth().oauth2(coordinator).when()
                        .get(Platform.COORDINATION + "/api/v1/overlap-alerts?limit=500&country=" + country).then()
                        .extract().<List<String>>path("items.findAll { it.activity.iatiIdentifier.contains('REPLICA-" + run
                                + "') }.severity")).as("one alert for the pair in " + country).containsExactly("HIGH");
            }
        });
        // every need's matches, as the demo left them, alike from both replicas
        List<String> needs = given().auth().oauth2(coordinator).when()
                .get(Platform.COORDINATION + "/api/v1/gaps?country=KEN").then().statusCode(200)
                .extract().path("gaps.need.id");
        for (String need : needs) {
            assertThat(given().auth().oauth2(coordinator).when().get(Platform.COORDINATION_2 + "/api/v1/needs/" + need
                    + "/matches").then().statusCode(200).extract().asString()).isEqualTo(given().auth()
                            .oauth2(coordinator).when().get(Platform.COORDINATION + "/api/v1/needs/" + need
                                    + "/matches").then().statusCode(200).extract().asString());
        }

        // side effects once: each alert announced once; each need proposed to an organisation once
        List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> events = Platform.readAll(
                "ta.coordination.events");
        java.util.Map<String, Long> detected = events.stream()
                .filter(r -> "ta.coordination.overlap.detected.v1".equals(Platform.header(r, "ce_type")))
                .filter(r -> r.value().contains("REPLICA-" + run))
                .collect(java.util.stream.Collectors.groupingBy(r -> Platform.header(r, "ce_subject"),
                        java.util.stream.Collectors.counting()));
        assertThat(detected).hasSize(countries.size()).allSatisfy((alert, times) -> assertThat(times).isEqualTo(1));
        java.util.Map<String, Long> proposals = events.stream()
                .filter(r -> "ta.coordination.match.proposed.v1".equals(Platform.header(r, "ce_type")))
                .collect(java.util.stream.Collectors.groupingBy(r -> Platform.jsonField(r.value(), "needId") + "|"
                        + Platform.jsonField(r.value(), "organisation"), java.util.stream.Collectors.counting()));
        assertThat(proposals).isNotEmpty().allSatisfy((proposal, times) -> assertThat(times).as(proposal).isEqualTo(1));
    }

    /**
     * One lifecycle for a need, the same in every service: on the demo data, Kenya's needs of the 2009 overview's
     * cycles that its 2026 answers state again are superseded, the others resolved, in needs-service's register; and
     * coordination's gaps and country view show exactly the needs still to be answered, with the register's status.
     */
    @Test
    void shouldGiveANeedTheSameStateInTheRegisterTheGapsAndTheCountryView() {
        String coordinator = Platform.passwordToken("coordinator");
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            java.util.Map<String, String> register = new java.util.HashMap<>();
            for (String status : List.of("OPEN", "MATCHED", "IN_PROGRESS", "COVERED", "SUPERSEDED", "RESOLVED")) {
                List<String> ids = given().auth().oauth2(coordinator).queryParam("country", "KEN")
                        .queryParam("status", status).queryParam("limit", 500).when()
                        .get(Platform.NEEDS + "/api/v1/needs").then().statusCode(200).extract().path("items.id");
                ids.forEach(id -> register.put(id, status));
            }
            assertThat(register).as("Kenya's earlier needs stated again in 2026").containsValue("SUPERSEDED");
            List<java.util.Map<String, Object>> gaps = given().auth().oauth2(coordinator)
                    .when().get(Platform.COORDINATION + "/api/v1/gaps?country=KEN").then().statusCode(200)
                    .extract().path("gaps.need");
            List<java.util.Map<String, Object>> view = given().auth().oauth2(coordinator)
                    .when().get(Platform.COORDINATION + "/api/v1/countries/KEN/coordination").then().statusCode(200)
                    .extract().path("needs.need");
            for (var need : view) {
                assertThat(need.get("status")).as("need %s in the country view", need.get("id"))
                        .isEqualTo(register.get((String) need.get("id")));
            }
            for (var need : gaps) {
                assertThat(register.get((String) need.get("id"))).as("gap %s", need.get("id"))
                        .isIn("OPEN", "MATCHED", "IN_PROGRESS");
            }
            // every need the register closed is neither a gap nor on the country's page
            register.forEach((id, status) -> {
                if (status.equals("SUPERSEDED") || status.equals("RESOLVED")) {
                    assertThat(gaps).noneMatch(gap -> id.equals(gap.get("id")));
                    assertThat(view).noneMatch(need -> id.equals(need.get("id")));
                }
            });
        });
    }

    /**
     * The read models are a projection of the topics: rebuilt from them aside (VERIFY), they equal the live ones on
     * the demo data and whatever the other tests added, read by two replicas.
     */
    @Test
    void shouldRebuildTheReadModelsFromTheTopicsWithoutADifference() {
        String coordinator = Platform.passwordToken("coordinator");
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(5)).untilAsserted(() -> {
            String job = given().auth().oauth2(coordinator).when()
                    .post(Platform.COORDINATION + "/api/v1/read-models/rebuilds?mode=VERIFY").then().statusCode(202)
                    .extract().path("id");
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).until(() -> !"RUNNING".equals(
                    given().auth().oauth2(coordinator).when().get(Platform.COORDINATION
                            + "/api/v1/read-models/rebuilds/" + job).then().extract().path("status")));
            io.restassured.path.json.JsonPath done = given().auth().oauth2(coordinator).when()
                    .get(Platform.COORDINATION + "/api/v1/read-models/rebuilds/" + job).then().statusCode(200)
                    .body("status", equalTo("SUCCEEDED")).extract().jsonPath();
            java.util.Map<String, Object> result = done.getMap("differences");
            // when a row differs, the failure shows it: the live row beside the rebuilt one
            assertThat(result).isNotEmpty().allSatisfy((table, rows) -> assertThat(((Number) rows).longValue())
                    .as(table + " " + done.getList("differingRows." + table)).isZero());
        });
    }

    static String withoutGeneratedAt(String body) {
        return body.replaceAll("\"generatedAt\":\"[^\"]*\",?", "");
    }

    @Test
    void shouldLetAPartnerIntegrationReadSharedNeedsWithClientCredentials() {
        String partner = Platform.clientCredentialsToken();
        assertThat(Platform.claims(partner)).containsEntry("organisation", "XI-IATI-IICJ");
        assertThat(Platform.realmRoles(partner)).contains("partner");
        // the demo data: Kenya shares a drafting need with providers, keeps its database need for UNODC
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(partner)
                .queryParam("country", "KEN").when().get(Platform.NEEDS + "/api/v1/needs")
                .then().statusCode(200)
                .body("items.taSubtype", hasItem("LEGAL.DRAFTING"))
                .body("items.taSubtype", not(hasItem("DATA.DATABASE"))));
    }

    @Test
    void shouldRefuseWhatTheRealmDoesNotAllow() {
        given().contentType(ContentType.JSON).body("{}").when().post(Platform.SURVEY + "/api/v1/responses")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Platform.passwordToken("focal-ken")).contentType(ContentType.JSON).body("""
                {"cycleId": "00000000-0000-0000-0000-000000000000", "country": "COL", "instrument": "TIP", "language": "es"}
                """)
                .when().post(Platform.SURVEY + "/api/v1/responses")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Platform.passwordToken("donor-norland")).contentType(ContentType.JSON).body("""
                {"cycleId": "00000000-0000-0000-0000-000000000000", "country": "KEN", "instrument": "UNTOC", "language": "en"}
                """)
                .when().post(Platform.SURVEY + "/api/v1/responses")
                .then().statusCode(403);
    }

    /**
     * The demo data's two cycles of the 2009 overview (seed 004), loaded through survey-service's bulk import and
     * closed, give needs-service's analysis exactly the overview's published figures, and the API gives back what the
     * overview says of each State it names (deploy/demo/overview-2009/named-facts.json).
     */
    @Test
    void shouldReproduceTheFiguresOfThe2009Overview() throws Exception {
        String first = "First reporting cycle (2005)";
        String second = "Second reporting cycle (2006-2008)";
        // public: anyone may read response rates; wait until both closings have come through the events
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().when()
                .get(Platform.NEEDS + "/api/v1/analysis/response-rates").then().statusCode(200)
                .body("rates.findAll { it.cycle == '%s' && it.closed }.size()".formatted(first), equalTo(3))
                .body("rates.findAll { it.cycle == '%s' && it.closed }.size()".formatted(second), equalTo(4)));
        var rates = given().when().get(Platform.NEEDS + "/api/v1/analysis/response-rates").then().extract().jsonPath();
        assertThat(rateOf(rates, first, "UNTOC")).isEqualTo(66.0f);
        assertThat(rateOf(rates, second, "UNTOC")).isEqualTo(55.0f);
        assertThat(rateOf(rates, first, "TIP")).isEqualTo(62.0f);
        assertThat(rateOf(rates, second, "TIP")).isEqualTo(56.0f);
        assertThat(rateOf(rates, first, "SOM")).isEqualTo(59.0f);
        assertThat(rateOf(rates, second, "SOM")).isEqualTo(53.0f);
        assertThat(rateOf(rates, second, "FIREARMS")).isEqualTo(59.0f);
        String firstCycle = rates.getString("rates.find { it.cycle == '%s' }.cycleId".formatted(first));
        String secondCycle = rates.getString("rates.find { it.cycle == '%s' }.cycleId".formatted(second));

        String coordinator = Platform.passwordToken("coordinator");
        // para. 27, figure 1: the needs stated by responding States: training 25 %, legal assistance 20 %,
        // international cooperation 16 %, reporting 16 %
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(coordinator)
                .queryParam("cycleId", secondCycle).queryParam("source", "SURVEY")
                .when().get(Platform.NEEDS + "/api/v1/analysis/needs/by-ta-type").then().statusCode(200)
                .body("total", equalTo(300))
                .body("cells.code[0..3]", equalTo(List.of("TRAINING", "LEGAL", "COOPERATION", "REPORTING")))
                .body("cells.share[0..3]", equalTo(List.of(25.0f, 20.0f, 16.0f, 16.0f))));
        // figure 2: legal assistance by subtype, drafting/amending legislation first as the text names it most often
        given().auth().oauth2(coordinator).queryParam("cycleId", secondCycle).queryParam("source", "SURVEY")
                .queryParam("taType", "LEGAL")
                .when().get(Platform.NEEDS + "/api/v1/analysis/needs/by-ta-subtype").then().statusCode(200)
                .body("cells.code", equalTo(List.of("LEGAL.DRAFTING", "LEGAL.IMPLEMENTATION_ISSUES", "LEGAL.CASEWORK",
                        "LEGAL.MODEL_LEGISLATION", "LEGAL.RATIFICATION_ADVICE")));
        // the public sees the same shares (no cell is small enough to withhold)
        given().queryParam("cycleId", secondCycle).queryParam("source", "SURVEY")
                .when().get(Platform.NEEDS + "/api/v1/analysis/needs/by-ta-type").then().statusCode(200)
                .body("view", equalTo("PUBLIC")).body("cells.share[0..3]", equalTo(List.of(25.0f, 20.0f, 16.0f, 16.0f)));

        var facts = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                Platform.DEPLOY.resolve("demo/overview-2009/named-facts.json").toFile());
        // para. 10: the 41 States parties that provided no information: parties, yet in neither cycle a respondent
        java.util.Set<String> parties = new java.util.HashSet<>();
        java.util.Set<String> answered = new java.util.HashSet<>();
        for (String cycle : List.of(firstCycle, secondCycle)) {
            var statistics = given().auth().oauth2(coordinator).when()
                    .get(Platform.SURVEY + "/api/v1/cycles/" + cycle + "/statistics").then().statusCode(200)
                    .extract().jsonPath();
            parties.addAll(statistics.getList("instruments.respondents.flatten()", String.class));
            parties.addAll(statistics.getList("instruments.nonRespondents.flatten()", String.class));
            answered.addAll(statistics.getList("instruments.respondents.flatten()", String.class));
        }
        parties.removeAll(answered);
        assertThat(parties).containsExactlyInAnyOrderElementsOf(texts(facts.get("noInformation").get("codes")));
        assertThat(answered).as("para. 2: more than 100 States answered").hasSizeGreaterThan(100);
        // para. 9: the 16 States that asked for help with reporting, and no other
        List<java.util.Map<String, Object>> stated = needsOf(coordinator, secondCycle, "SURVEY");
        assertThat(stated).hasSize(300);
        assertThat(stated.stream().filter(need -> "REPORTING".equals(need.get("taType")))
                .map(need -> (String) need.get("country")).collect(java.util.stream.Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(texts(facts.get("reportingHelp").get("codes")));
        // paras. 12-26: every need the overview attributes to a named State, under the instrument it names
        List<java.util.Map<String, Object>> recorded = needsOf(coordinator, secondCycle, "MANUAL");
        for (var fact : facts.get("needs")) {
            var among = fact.get("source").asText().equals("SURVEY") ? stated : recorded;
            assertThat(among).as("para. %s: %s, %s", fact.get("paragraph"), fact.get("state"), fact.get("taSubtype"))
                    .anyMatch(need -> fact.get("country").asText().equals(need.get("country"))
                            && fact.get("instrument").asText().equals(need.get("instrument"))
                            && fact.get("taSubtype").asText().equals(need.get("taSubtype"))
                            && fact.get("description").asText().equals(need.get("description")));
        }
        // and the difficulties it quotes, in the States' answers
        for (var difficulty : facts.get("difficulties")) {
            given().auth().oauth2(coordinator).queryParam("cycleId", secondCycle)
                    .queryParam("country", difficulty.get("country").asText())
                    .queryParam("instrument", difficulty.get("instrument").asText())
                    .when().get(Platform.SURVEY + "/api/v1/responses").then().statusCode(200)
                    .body("items[0].answers.'G.2'", equalTo(difficulty.get("text").asText()));
        }
    }

    /** The second cycle's needs of a source, every page. */
    private static List<java.util.Map<String, Object>> needsOf(String token, String cycle, String source) {
        List<java.util.Map<String, Object>> needs = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(token).queryParam("cycleId", cycle).queryParam("source", source)
                    .queryParam("limit", 200);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.when().get(Platform.NEEDS + "/api/v1/needs").then().statusCode(200).extract().jsonPath();
            needs.addAll(page.getList("items"));
            cursor = page.getString("next");
        } while (cursor != null);
        return needs;
    }

    private static List<String> texts(com.fasterxml.jackson.databind.JsonNode array) {
        List<String> texts = new java.util.ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static float rateOf(io.restassured.path.json.JsonPath rates, String cycle, String instrument) {
        return rates.getFloat("rates.find { it.cycle == '%s' && it.instrument == '%s' }.rate".formatted(cycle, instrument));
    }

    @Test
    void shouldLetAPartnerIntegrationKeepItsOwnCapabilitiesAndNoOneElses() {
        String partner = Platform.clientCredentialsToken();
        String etag = given().when().get(Platform.REGISTRY + "/api/v1/organisations/XI-IATI-IICJ")
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(partner).contentType(ContentType.JSON).header("If-Match", etag).body("""
                [{"taSubtype": "COOPERATION.CRIMINAL_MATTERS_TRAINING", "instruments": ["UNTOC"],
                  "deliveryModes": ["WORKSHOP", "ONLINE"], "regions": ["002"], "languages": ["en", "fr"]}]""")
                .when().put(Platform.REGISTRY + "/api/v1/organisations/XI-IATI-IICJ/capabilities")
                .then().statusCode(200);
        given().auth().oauth2(partner).contentType(ContentType.JSON).header("If-Match", "*").body("[]")
                .when().put(Platform.REGISTRY + "/api/v1/organisations/XM-DAC-41128-ROEA/capabilities")
                .then().statusCode(403).contentType("application/problem+json");
        // the demo data's activities came in through the registry's own IATI import
        given().queryParam("organisation", "XM-DAC-41128-ROEA").when().get(Platform.REGISTRY + "/api/v1/activities")
                .then().statusCode(200).body("items.size()", org.hamcrest.Matchers.greaterThan(10));
    }

    @Test
    void shouldRefuseWeakPasswordsAndLockAnAccountUnderRepeatedWrongPasswords() {
        String admin = Platform.keycloakAdminToken();
        String users = Platform.keycloakUsers();
        String username = "probe-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("""
                {"username": "%s", "enabled": true, "email": "%s@probe.invalid", "emailVerified": true,
                 "firstName": "Probe", "lastName": "Account", "realmRoles": []}""".formatted(username, username))
                .when().post(users).then().statusCode(201);
        String id = given().auth().oauth2(admin).queryParam("username", username).queryParam("exact", true)
                .when().get(users).then().statusCode(200).extract().path("[0].id");
        // the password policy: at least 12 characters, not the user name
        for (String weak : List.of("short-pw", username)) {
            given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body(java.util.Map.of("type", "password", "value", weak, "temporary", false))
                    .when().put(users + "/" + id + "/reset-password").then().statusCode(400);
        }
        String password = "a long passphrase " + username;
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(java.util.Map.of("type", "password", "value", password, "temporary", false))
                .when().put(users + "/" + id + "/reset-password").then().statusCode(204);
        java.util.function.Function<String, Integer> login = attempt -> given().formParams(java.util.Map.of(
                "grant_type", "password", "client_id", "ta-cli", "client_secret", "ta-cli-secret",
                "username", username, "password", attempt))
                .post(Platform.KEYCLOAK + "/protocol/openid-connect/token").statusCode();
        assertThat(login.apply(password)).isEqualTo(200);
        // brute-force detection: after 10 wrong passwords even the right one is refused for a while
        // (401 for a wrong password; 400 "temporarily disabled" once detection has stepped in)
        for (int i = 0; i < 10; i++) {
            assertThat(login.apply("wrong password " + i)).isIn(400, 401);
        }
        assertThat(login.apply(password)).as("locked out for a while").isNotEqualTo(200);
        given().auth().oauth2(admin).when().delete(users + "/" + id).then().statusCode(204);
    }

    @Test
    void shouldReportEveryServiceReady() {
        for (String service : List.of(Platform.SURVEY, Platform.NEEDS, Platform.REGISTRY, Platform.COORDINATION)) {
            given().when().get(Platform.management(service) + "/q/health/ready").then().statusCode(200)
                    .body("status", equalTo("UP"));
            // health and metrics only on the management interface
            given().when().get(service + "/q/health/ready").then().statusCode(404);
            given().when().get(service + "/q/metrics").then().statusCode(404);
        }
    }
}
