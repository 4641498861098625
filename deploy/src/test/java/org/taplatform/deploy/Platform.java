package org.taplatform.deploy;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.RestAssured;

/** The platform as the end-to-end tests drive it: started and stopped by the launcher, tokens from Keycloak. */
final class Platform {

    static final Path DEPLOY = Path.of(System.getProperty("ta.deploy.dir", "."));
    static final int OFFSET = Integer.getInteger("ta.port.offset", 0);
    static final String KEYCLOAK = "http://localhost:" + (8180 + OFFSET) + "/realms/ta-platform";
    static final String SURVEY = "http://localhost:" + (8081 + OFFSET);
    static final String NEEDS = "http://localhost:" + (8082 + OFFSET);
    static final String REGISTRY = "http://localhost:" + (8083 + OFFSET);
    static final String COORDINATION = "http://localhost:" + (8084 + OFFSET);
    static final String CONSOLE = "http://localhost:" + (8080 + OFFSET);
    /** The second coordination-service replica (TA_COORDINATION_REPLICAS=2, as the end-to-end tests start it). */
    static final String COORDINATION_2 = "http://localhost:" + (8094 + OFFSET);

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Each service's database (and role), as the launcher (deploy/lib/common.sh) and deploy/kubernetes name them. */
    static final Map<String, String> DATABASE_OF = Map.of("survey-service", "survey", "needs-service", "needs",
            "provider-registry-service", "registry", "coordination-service", "coordination");

    /** A State's response started and answered with one need, ready to submit (the need's id is given on saving). */
    record AnsweredResponse(String id, String etag, String needId) {
    }

    /**
     * Answers to the demo's checklist of an instrument (deploy/demo/questionnaires) that can be submitted: no article's
     * measures in place yet (so no legislation to cite), an inter-agency body coordinating. Mutable: add needs.
     */
    static Map<String, Object> checklistAnswers(String instrument) {
        Map<String, Object> answers = new java.util.HashMap<>();
        try {
            JSON.readTree(DEPLOY.resolve("demo/questionnaires/" + instrument + ".json").toFile()).get("sections")
                    .forEach(section -> section.get("questions").forEach(question -> {
                        if (question.get("type").asText().equals("YES_NO_PARTLY")) {
                            answers.put(question.get("code").asText(), "NO");
                        }
                    }));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        answers.put("G.1", "INTERAGENCY_BODY");
        return answers;
    }

    /** Starts a response of the country for the instrument in the cycle and answers it with one need of the subtype. */
    static AnsweredResponse answeredResponse(String token, String cycle, String country, String instrument,
            String subtype, String description) {
        var started = RestAssured.given().auth().oauth2(token).contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("cycleId", cycle, "country", country, "instrument", instrument, "language", "en"))
                .when().post(SURVEY + "/api/v1/responses").then().statusCode(201).extract();
        var saved = RestAssured.given().auth().oauth2(token).header("If-Match", started.header("ETag"))
                .contentType(io.restassured.http.ContentType.JSON).body(Map.of("answers", withNeed(
                        checklistAnswers(instrument), Map.of("taSubtype", subtype, "priority", "HIGH",
                                "beneficiaryGroups", List.of("LAW_ENFORCEMENT"), "consent", "PROVIDERS_AND_DONORS",
                                "description", description))))
                .when().put(SURVEY + "/api/v1/responses/" + started.path("id") + "/answers").then().statusCode(200)
                .extract();
        String needId = saved.path("answers.'G.TA'[0].id");
        if (needId == null) {
            throw new IllegalStateException("no need id in the saved answers of response " + started.path("id"));
        }
        return new AnsweredResponse(started.path("id"), saved.header("ETag"), needId);
    }

    /** The answers with the need in the checklist's general technical assistance question (any subtype). */
    static Map<String, Object> withNeed(Map<String, Object> answers, Map<String, Object> need) {
        answers.put("G.TA", List.of(need));
        return answers;
    }

    /** A service's management interface (health, metrics): its API port + 1000, as the launcher starts it. */
    static String management(String service) {
        int port = Integer.parseInt(service.substring(service.lastIndexOf(':') + 1));
        return "http://localhost:" + (port + 1000);
    }

    private Platform() {
    }

    static final List<Integer> PORTS = List.of(15432 + OFFSET, 9092 + OFFSET, 9093 + OFFSET, 8180 + OFFSET,
            8081 + OFFSET, 8082 + OFFSET, 8083 + OFFSET, 8084 + OFFSET, 8094 + OFFSET, 9081 + OFFSET, 9082 + OFFSET,
            9083 + OFFSET, 9084 + OFFSET, 9094 + OFFSET, 8080 + OFFSET, 9080 + OFFSET);

    /** The launcher's layout for the scripts this test class runs (TA_REPLICAS=2: every service twice, balanced). */
    private static volatile Map<String, String> layout = Map.of();

    /** Starts the platform for a test class, and makes sure it is stopped even if the JVM ends abruptly. */
    static void startForTests() {
        layout = Map.of();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> run("down.sh", "--wipe")));
        run("up.sh");
    }

    /**
     * Starts the platform with every service as two replicas behind HAProxy (TA_REPLICAS=2): each service's port is
     * the load balancer's, replica n of a service listens on its port + 190 + 10 n. Jobs' leases last 15 s.
     */
    static void startReplicatedForTests() {
        // a job's lease of 15 s instead of 30 (still seven polls): the takeover of a killed replica's job waits less
        layout = Map.of("TA_REPLICAS", "2", "TA_JOBS_LEASE", "15s");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> run("down.sh", "--wipe")));
        run("up.sh");
    }

    /** The port of replica n (1 or 2) of a service, in the replicated layout, from the service's own address. */
    static int replicaPort(String service, int replica) {
        return java.net.URI.create(service).getPort() + 190 + 10 * replica;
    }

    /**
     * An IATI 2.03 file of {@code count} activities the UNODC Regional Office for Eastern Africa reports (Kenya,
     * judicial training), identified by {@code run}.
     */
    static String iatiFile(String run, int count) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<iati-activities version=\"2.03\" generated-datetime=\"2026-12-01T00:00:00Z\">\n");
        for (int i = 1; i <= count; i++) {
            xml.append("""
                    <iati-activity last-updated-datetime="2026-12-01T00:00:00Z" xml:lang="en" default-currency="USD">
                      <iati-identifier>XM-DAC-41128-ROEA-IMP-%1$s-%2$d</iati-identifier>
                      <reporting-org ref="XM-DAC-41128-ROEA" type="40"><narrative>UNODC Regional Office for Eastern Africa</narrative></reporting-org>
                      <title><narrative>Training of prosecutors in asset recovery, group %2$d</narrative></title>
                      <description type="1"><narrative>Workshops on financial investigations, group %2$d</narrative></description>
                      <participating-org ref="XM-DAC-41128-ROEA" role="4"><narrative>UNODC Regional Office for Eastern Africa</narrative></participating-org>
                      <activity-status code="1"/>
                      <activity-date iso-date="2027-03-01" type="1"/><activity-date iso-date="2027-06-30" type="3"/>
                      <recipient-country code="KE" percentage="100"/>
                      <sector vocabulary="1" code="15130" percentage="100"/>
                      <tag vocabulary="99" vocabulary-uri="https://ta-platform.unodc.example/api/v1/reference/ta-types" code="TRAINING.JUSTICE_OFFICIALS"/>
                    </iati-activity>
                    """.formatted(run, i));
        }
        return xml.append("</iati-activities>\n").toString();
    }

    /**
     * Runs a launcher script, printing its output as it comes. Read and printed here, not inherited: a child writing
     * to the forked test JVM's own stdout corrupts failsafe's channel, and its output then lands in a dump file
     * instead of the build's log, where a failed start must be readable.
     */
    static void run(String script, String... arguments) {
        execute(script, arguments, true);
    }

    /** Runs a launcher script and returns what it printed. */
    static String runAndCapture(String script, String... arguments) {
        return execute(script, arguments, false);
    }

    static boolean anyPortOpen() {
        for (int port : PORTS) {
            try (java.net.Socket socket = new java.net.Socket()) {
                socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 200);
                return true;
            } catch (IOException closed) {
                // nobody listens: as expected after down
            }
        }
        return false;
    }

    /** Runs a script to its end and returns its output; if it fails, the exception carries its last lines. */
    private static String execute(String script, String[] arguments, boolean echo) {
        List<String> command = new java.util.ArrayList<>(List.of("bash", DEPLOY.resolve("bin/" + script).toString()));
        command.addAll(List.of(arguments));
        List<String> printed = Collections.synchronizedList(new java.util.ArrayList<>());
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(layout);
            Process process = builder.start();
            Thread reader = Thread.ofPlatform().daemon().name("launcher-output").start(() -> {
                try (BufferedReader lines = process.inputReader()) {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        if (echo) {
                            System.out.println(line);
                        }
                        printed.add(line);
                    }
                } catch (IOException closed) {
                    // the script ended
                }
            });
            boolean finished = process.waitFor(15, TimeUnit.MINUTES);
            if (!finished) {
                process.destroyForcibly();
            }
            reader.join(5_000); // the processes it starts write to their own logs, so its output ends with it
            if (!finished || process.exitValue() != 0) {
                throw new IllegalStateException(script + (finished ? " failed (exit " + process.exitValue() + ")"
                        : " did not finish within 15 minutes") + "; it printed:\n" + lastLines(printed, 60));
            }
            return lastLines(printed, Integer.MAX_VALUE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String lastLines(List<String> lines, int count) {
        synchronized (lines) {
            return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
        }
    }

    /** A demo user's token from the password grant (ta-cli client). */
    /** Every record of a topic of the platform's broker, from its beginning to its current end. */
    static List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> readAll(String topic) {
        java.util.Properties config = new java.util.Properties();
        config.put("bootstrap.servers", "localhost:" + (9092 + OFFSET));
        config.put("key.deserializer", org.apache.kafka.common.serialization.StringDeserializer.class.getName());
        config.put("value.deserializer", org.apache.kafka.common.serialization.StringDeserializer.class.getName());
        config.put("enable.auto.commit", "false");
        List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> records = new java.util.ArrayList<>();
        try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<String, String>(config)) {
            var partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new org.apache.kafka.common.TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<org.apache.kafka.common.TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))
                    && System.nanoTime() < deadline) {
                consumer.poll(java.time.Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }

    static String header(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), UTF_8);
    }

    static String jsonField(String json, String field) {
        try {
            return JSON.readTree(json).path(field).asText(null);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String passwordToken(String user) {
        return passwordToken(user, user); // the demo realm's users
    }

    /** A user's access token from the password grant, as ta-cli signs in. */
    static String passwordToken(String user, String password) {
        return RestAssured.given().formParams(Map.of("grant_type", "password", "client_id", "ta-cli",
                "client_secret", "ta-cli-secret", "username", user, "password", password))
                .post(KEYCLOAK + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** Keycloak's administrator (the launcher's master realm account), for what only an administrator does. */
    static String keycloakAdminToken() {
        return RestAssured.given().formParams(Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", "admin", "password", "admin"))
                .post(KEYCLOAK.replace("/realms/ta-platform", "/realms/master") + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** The realm's users, through Keycloak's admin API. */
    static String keycloakUsers() {
        return KEYCLOAK.replace("/realms/", "/admin/realms/") + "/users";
    }

    /** Ends every Keycloak session of the user, as an administrator (or the user signing out elsewhere) would. */
    static void endKeycloakSessions(String username) {
        String admin = keycloakAdminToken();
        String id = RestAssured.given().auth().oauth2(admin).queryParam("username", username).queryParam("exact", true)
                .when().get(keycloakUsers()).then().statusCode(200).extract().path("[0].id");
        RestAssured.given().auth().oauth2(admin).when().post(keycloakUsers() + "/" + id + "/logout").then()
                .statusCode(204);
    }

    /** The partner integration's token from the client-credentials grant. */
    static String clientCredentialsToken() {
        return RestAssured.given().formParams(Map.of("grant_type", "client_credentials",
                "client_id", "ta-partner-integration", "client_secret", "ta-partner-integration-secret"))
                .post(KEYCLOAK + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    @SuppressWarnings("unchecked")
    static List<String> realmRoles(String token) {
        return (List<String>) ((Map<String, Object>) claims(token).get("realm_access")).get("roles");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> claims(String token) {
        try {
            String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), UTF_8);
            return JSON.readValue(payload, Map.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
