package org.taplatform.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * deploy/kubernetes read as a cluster would: every document of the base and the overlays parsed into the typed models
 * of its API (fabric8's for Kubernetes, Strimzi's own for Kafka; for CloudNativePG and the Keycloak Operator, which
 * publish none on Maven Central, the records below, transcribed from their API references, with only the fields
 * used), failing on a field the model does not know. Then what an operator relies on: probes on the management port,
 * resources, images the build produces, topics, users, databases and the realm of the launcher.
 * {@code -Dta.kubernetes.update=true} rewrites base/keycloak-realm-import.yaml from the launcher's realm file.
 */
class KubernetesManifestsTest {

    static final Path KUBERNETES = Platform.DEPLOY.resolve("kubernetes");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    /** The kinds the manifests may hold, each with the model it is read into. */
    static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("v1/ConfigMap", ConfigMap.class), Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class), Map.entry("v1/Namespace", Namespace.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("kafka.strimzi.io/v1/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1/KafkaTopic", KafkaTopic.class),
            Map.entry("kafka.strimzi.io/v1/KafkaUser", KafkaUser.class),
            Map.entry("postgresql.cnpg.io/v1/Cluster", Cnpg.Cluster.class),
            Map.entry("postgresql.cnpg.io/v1/ScheduledBackup", Cnpg.ScheduledBackup.class),
            Map.entry("postgresql.cnpg.io/v1/Database", Cnpg.Database.class),
            Map.entry("k8s.keycloak.org/v2alpha1/Keycloak", KeycloakOperator.Keycloak.class),
            Map.entry("k8s.keycloak.org/v2alpha1/KeycloakRealmImport", KeycloakOperator.KeycloakRealmImport.class));

    /** Every object of the base, by kind, then name. */
    static final Map<String, Map<String, Object>> BASE = new LinkedHashMap<>();

    @BeforeAll
    static void updateTheRealmImportIfAskedAndReadTheBase() throws IOException {
        if (Boolean.getBoolean("ta.kubernetes.update")) {
            ObjectNode realmImport = YAML.createObjectNode().put("apiVersion", "k8s.keycloak.org/v2alpha1")
                    .put("kind", "KeycloakRealmImport");
            realmImport.putObject("metadata").put("name", "ta-platform-realm");
            ObjectNode spec = realmImport.putObject("spec").put("keycloakCRName", "ta-keycloak");
            spec.set("realm", launchersRealm());
            Files.writeString(KUBERNETES.resolve("base/keycloak-realm-import.yaml"), """
                    # The launcher's realm (deploy/keycloak/ta-platform-realm.json), imported by the Keycloak Operator.
                    # Written by KubernetesManifestsTest with -Dta.kubernetes.update=true, which also checks it is that file.
                    """ + YAML.writeValueAsString(realmImport));
        }
        for (Path file : files(KUBERNETES.resolve("base"))) {
            for (JsonNode document : documents(file)) {
                Object model = read(file, document);
                BASE.computeIfAbsent(document.path("kind").asText(), kind -> new LinkedHashMap<>())
                        .put(document.path("metadata").path("name").asText(), model);
            }
        }
    }

    @Test
    void shouldReadEveryManifestIntoItsApisModelWithoutUnknownFields() throws IOException {
        int documents = 0;
        for (Path file : files(KUBERNETES)) {
            for (JsonNode document : documents(file)) {
                if (document.isArray()) {
                    continue; // a JSON patch (overlays/production/realm.yaml): shouldImportTheLaunchersRealm
                }
                read(file, document);
                documents++;
            }
        }
        assertThat(documents).isGreaterThan(40);
    }

    @Test
    void shouldRunEveryImageTheBuildMakesWithProbesResourcesAndNoPrivileges() {
        Map<String, Object> deployments = BASE.get("Deployment");
        assertThat(deployments.keySet()).containsExactlyInAnyOrderElementsOf(ContainerImage.MODULES);
        for (String module : ContainerImage.MODULES) {
            Deployment deployment = (Deployment) deployments.get(module);
            Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
            assertThat(deployment.getSpec().getTemplate().getSpec().getContainers()).hasSize(1);
            assertThat(container.getImage()).as(module)
                    .isEqualTo("ta-platform/" + module + ":" + ContainerImagesTest.VERSION);
            assertThat(container.getPorts()).as(module).anyMatch(port -> port.getName().equals("management")
                    && port.getContainerPort() == 9000);
            assertProbe(module, container.getStartupProbe(), "/q/health/started");
            assertProbe(module, container.getReadinessProbe(), "/q/health/ready");
            assertProbe(module, container.getLivenessProbe(), "/q/health/live");
            assertThat(container.getResources().getRequests()).as(module).containsKeys("cpu", "memory");
            assertThat(container.getResources().getLimits()).as(module).containsKey("memory");
            assertThat(deployment.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsNonRoot()).isTrue();
            assertThat(deployment.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsUser())
                    .as("the image's user").isEqualTo(1001L);
            assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
            assertThat(container.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
            assertThat(BASE.get("Service")).as(module).containsKey(module);
            assertThat(((HorizontalPodAutoscaler) BASE.get("HorizontalPodAutoscaler").get(module)).getSpec()
                    .getScaleTargetRef().getName()).isEqualTo(module);
            assertThat(((PodDisruptionBudget) BASE.get("PodDisruptionBudget").get(module)).getSpec()
                    .getSelector().getMatchLabels()).containsEntry("app.kubernetes.io/name", module);
            assertThat(BASE.get("ConfigMap")).as(module).containsKey(module);
        }
    }

    @Test
    void shouldDeclareEveryTopicReplicatedThreeTimesWithTwoInSync() throws IOException {
        Set<String> declared = new HashSet<>();
        for (Object model : BASE.get("KafkaTopic").values()) {
            KafkaTopic topic = (KafkaTopic) model;
            declared.add(topic.getSpec().getTopicName());
            assertThat(topic.getSpec().getReplicas()).as(topic.getSpec().getTopicName()).isEqualTo(3);
            assertThat(topic.getSpec().getConfig()).containsEntry("min.insync.replicas", 2);
            assertThat(topic.getSpec().getPartitions()).isEqualTo(12);
        }
        assertThat(declared).containsExactlyInAnyOrderElementsOf(topicsOfTheServices());

        Kafka kafka = (Kafka) BASE.get("Kafka").get("ta-kafka");
        assertThat(kafka.getSpec().getKafka().getConfig()).containsEntry("min.insync.replicas", 2)
                .containsEntry("auto.create.topics.enable", false);
        KafkaNodePool nodes = (KafkaNodePool) BASE.get("KafkaNodePool").values().iterator().next();
        assertThat(nodes.getSpec().getReplicas()).isEqualTo(3);
        assertThat(nodes.getSpec().getRoles()).hasSize(2);
    }

    @Test
    void shouldLetEachServiceWriteOnlyWhatItOwnsAndReadWhatItConsumes() throws IOException {
        Map<String, Object> users = BASE.get("KafkaUser");
        for (String service : List.of("survey-service", "needs-service", "provider-registry-service",
                "coordination-service")) {
            KafkaUser user = (KafkaUser) users.get(service);
            assertThat(user).as(service).isNotNull();
            Map<String, Set<String>> operationsByTopic = new LinkedHashMap<>();
            for (AclRule rule : ((io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple) user.getSpec()
                    .getAuthorization()).getAcls()) {
                if (rule.getResource() instanceof AclRuleTopicResource topic) {
                    rule.getOperations().forEach(operation -> operationsByTopic
                            .computeIfAbsent(topic.getName(), name -> new HashSet<>()).add(operation.toString()));
                }
            }
            Properties configuration = Properties.of(service);
            for (String consumed : configuration.consumedTopics()) {
                assertThat(operationsByTopic.get(consumed)).as(service + " reads " + consumed).contains("READ");
            }
            operationsByTopic.forEach((topic, operations) -> {
                if (operations.contains("WRITE")) {
                    assertThat(configuration.writtenTopics()).as(service + " writes " + topic).contains(topic);
                }
            });
            // the Deployment reads the credentials Strimzi writes for this user
            Deployment deployment = (Deployment) BASE.get("Deployment").get(service);
            assertThat(deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv())
                    .anyMatch(variable -> variable.getName().equals("KAFKA_SASL_JAAS_CONFIG")
                            && variable.getValueFrom().getSecretKeyRef().getName().equals(service));
        }
    }

    @Test
    void shouldGiveEachServiceItsOwnDatabaseAndRoleInAThreeInstanceClusterWithBackups() {
        Cnpg.Cluster cluster = (Cnpg.Cluster) BASE.get("Cluster").get("ta-postgres");
        assertThat(cluster.spec().instances()).isEqualTo(3);
        Set<String> databases = new HashSet<>(Set.of(cluster.spec().bootstrap().initdb().database()));
        BASE.get("Database").values().forEach(database -> databases.add(((Cnpg.Database) database).spec().name()));
        Set<String> roles = new HashSet<>(Set.of(cluster.spec().bootstrap().initdb().owner()));
        cluster.spec().managed().roles().forEach(role -> roles.add(role.name()));
        Platform.DATABASE_OF.forEach((service, database) -> {
            assertThat(databases).as(service).contains(database);
            assertThat(roles).as(service).contains(database);
            assertThat(((ConfigMap) BASE.get("ConfigMap").get(service)).getData().get("TA_DB_URL"))
                    .isEqualTo("jdbc:postgresql://ta-postgres-rw:5432/" + database);
        });
        BASE.get("Database").values().forEach(database -> assertThat(((Cnpg.Database) database).spec().owner())
                .as("each database owned by its own role").isEqualTo(((Cnpg.Database) database).spec().name()));
        assertThat(cluster.spec().backup().barmanObjectStore().destinationPath()).startsWith("s3://");
        assertThat(BASE.get("ScheduledBackup").values()).singleElement()
                .satisfies(backup -> assertThat(((Cnpg.ScheduledBackup) backup).spec().cluster().name())
                        .isEqualTo("ta-postgres"));
    }

    @Test
    void shouldImportTheLaunchersRealmAndHardenItForProduction() throws IOException {
        KeycloakOperator.KeycloakRealmImport realmImport = (KeycloakOperator.KeycloakRealmImport) BASE
                .get("KeycloakRealmImport").get("ta-platform-realm");
        assertThat(realmImport.spec().realm()).as("the launcher's realm file, as it is").isEqualTo(launchersRealm());
        assertThat(realmImport.spec().keycloakCRName()).isIn(BASE.get("Keycloak").keySet());

        // the production patch: what it tests holds, what it removes or replaces exists, the secrets are placeholders
        JsonNode patched = YAML.valueToTree(realmImport);
        for (JsonNode operation : documents(KUBERNETES.resolve("overlays/production/realm.yaml")).get(0)) {
            String path = operation.path("path").asText();
            switch (operation.path("op").asText()) {
                case "test" -> assertThat(patched.at(path)).as(path).isEqualTo(operation.path("value"));
                case "remove", "replace" -> assertThat(patched.at(path).isMissingNode()).as(path).isFalse();
                case "add" -> assertThat(path).isEqualTo("/spec/placeholders");
                default -> throw new AssertionError("unexpected operation " + operation);
            }
        }
        assertThat(Files.readString(KUBERNETES.resolve("overlays/production/realm.yaml")))
                .contains("path: /spec/realm/users", "${TA_CONSOLE_SECRET}", "${TA_CLI_SECRET}", "${TA_PARTNER_SECRET}");
    }

    @Test
    void shouldLetTheServicesReachOnlyKafkaPostgresKeycloakAndTracesAndWebhooksOnlyTheInternet() {
        NetworkPolicy services = (NetworkPolicy) BASE.get("NetworkPolicy").get("ta-services-egress");
        List<String> peers = services.getSpec().getEgress().stream().flatMap(rule -> rule.getTo().stream())
                .map(peer -> peer.getPodSelector().getMatchLabels().toString()).toList();
        assertThat(peers).containsExactlyInAnyOrder("{strimzi.io/cluster=ta-kafka}", "{cnpg.io/cluster=ta-postgres}",
                "{app=keycloak}", "{k8s-app=kube-dns}", "{app.kubernetes.io/name=opentelemetry-collector}");
        NetworkPolicy webhooks = (NetworkPolicy) BASE.get("NetworkPolicy").get("ta-webhooks-egress");
        assertThat(webhooks.getSpec().getPodSelector().getMatchLabels())
                .containsEntry("app.kubernetes.io/name", "coordination-service");
        assertThat(webhooks.getSpec().getEgress()).singleElement().satisfies(rule -> assertThat(rule.getTo())
                .singleElement().satisfies(peer -> assertThat(peer.getIpBlock().getExcept())
                        .contains("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16")));
        NetworkPolicy deny = (NetworkPolicy) BASE.get("NetworkPolicy").get("ta-default-deny");
        assertThat(deny.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
    }

    @Test
    void shouldNameInEachOverlayOnlyFilesThatExistAndGenerateTheSecretsTheDevInstallationNeeds() throws IOException {
        for (String overlay : List.of("dev", "production")) {
            JsonNode kustomization = documents(KUBERNETES.resolve("overlays/" + overlay + "/kustomization.yaml")).get(0);
            List<String> named = new ArrayList<>();
            kustomization.path("resources").forEach(resource -> named.add(resource.asText()));
            kustomization.path("patches").forEach(patch -> {
                if (patch.has("path")) {
                    named.add(patch.path("path").asText());
                }
            });
            for (String path : named) {
                assertThat(KUBERNETES.resolve("overlays/" + overlay).resolve(path)).as(overlay + ": " + path).exists();
            }
        }
        Set<String> generated = new HashSet<>();
        documents(KUBERNETES.resolve("overlays/dev/kustomization.yaml")).get(0).path("secretGenerator")
                .forEach(secret -> generated.add(secret.path("name").asText()));
        Set<String> referenced = new HashSet<>();
        Matcher names = Pattern.compile("(ta-db-[a-z]+|ta-console-oidc)")
                .matcher(String.join("\n", textOf(KUBERNETES.resolve("base"))));
        while (names.find()) {
            referenced.add(names.group(1));
        }
        assertThat(generated).containsAll(referenced);
    }

    // --- reading

    private static Object read(Path file, JsonNode document) {
        String key = document.path("apiVersion").asText() + "/" + document.path("kind").asText();
        Class<?> model = MODELS.get(key);
        assertThat(model).as(file + ": a kind of the platform's APIs: " + key).isNotNull();
        if (document.has("$patch")) {
            return document; // a strategic merge patch deleting the object: kind and name only
        }
        Object object;
        try {
            object = YAML.treeToValue(document, model);
        } catch (IOException e) {
            throw new AssertionError(file + ": " + key + " " + document.path("metadata").path("name") + ": "
                    + e.getMessage(), e);
        }
        List<String> unknown = new ArrayList<>();
        unknownFields(object, key + " " + document.path("metadata").path("name").asText(), unknown);
        assertThat(unknown.stream().distinct().toList()).as(file + ": fields the model of " + key + " does not know")
                .isEmpty();
        return object;
    }

    /** Walks a fabric8 or Strimzi model: what Jackson could not bind lands in its additional properties. */
    private static void unknownFields(Object object, String where, List<String> unknown) {
        if (object == null || !(object.getClass().getName().startsWith("io.fabric8")
                || object.getClass().getName().startsWith("io.strimzi"))) {
            if (object instanceof Collection<?> items) {
                items.forEach(item -> unknownFields(item, where, unknown));
            } else if (object instanceof Map<?, ?> map) {
                map.values().forEach(item -> unknownFields(item, where, unknown));
            }
            return;
        }
        for (Method getter : object.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getName().equals("getClass")) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(object);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties") && value instanceof Map<?, ?> extra) {
                extra.keySet().forEach(field -> unknown.add(where + ": " + object.getClass().getSimpleName() + "."
                        + field));
            } else if (!(value instanceof HasMetadata) || value != object) {
                unknownFields(value, where, unknown);
            }
        }
    }

    static List<JsonNode> documents(Path file) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (var parser = YAML.getFactory().createParser(file.toFile())) {
            YAML.readValues(parser, JsonNode.class).forEachRemaining(document -> {
                if (document != null && !document.isNull() && !document.isMissingNode()) {
                    documents.add(document);
                }
            });
        }
        return documents;
    }

    /** The manifests and patches: every YAML file but the kustomizations. */
    static List<Path> files(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(path -> path.toString().endsWith(".yaml"))
                    .filter(path -> !path.getFileName().toString().equals("kustomization.yaml")).sorted().toList();
        }
    }

    private static List<String> textOf(Path directory) throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path file : files(directory)) {
            texts.add(Files.readString(file));
        }
        return texts;
    }

    static JsonNode launchersRealm() throws IOException {
        return new ObjectMapper().readTree(Platform.DEPLOY.resolve("keycloak/ta-platform-realm.json").toFile());
    }

    /** The topics the services name: those of events' Topics class and each consumer's dead letters. */
    static Set<String> topicsOfTheServices() throws IOException {
        Set<String> topics = new HashSet<>();
        Matcher constants = Pattern.compile("\"(ta\\.[a-z.-]+)\"").matcher(Files.readString(Platform.DEPLOY
                .resolve("../events/src/main/java/org/taplatform/events/Topics.java")));
        while (constants.find()) {
            topics.add(constants.group(1));
        }
        topics.remove("ta.dlq.");
        for (String service : List.of("needs-service", "provider-registry-service", "coordination-service")) {
            topics.addAll(Properties.of(service).deadLetterTopics());
        }
        return topics;
    }

    /** What a service's application.properties says of the topics it reads and writes. */
    record Properties(String service, String text) {

        static Properties of(String service) {
            try {
                return new Properties(service, Files.readString(Platform.DEPLOY.resolve("../" + service
                        + "/src/main/resources/application.properties")));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        Set<String> consumedTopics() {
            return values("mp\\.messaging\\.incoming\\.[a-z-]+\\.topic=(\\S+)");
        }

        Set<String> deadLetterTopics() {
            return values("dead-letter-queue\\.topic=(\\S+)");
        }

        /** The topic it owns (events' Topics names the owner) and its dead letters. */
        Set<String> writtenTopics() {
            Set<String> written = new HashSet<>(deadLetterTopics());
            written.addAll(switch (service) {
                case "survey-service" -> Set.of("ta.survey.responses");
                case "needs-service" -> Set.of("ta.needs");
                case "provider-registry-service" -> Set.of("ta.registry.organisations", "ta.registry.activities",
                        "ta.registry.knowledge");
                default -> Set.of("ta.coordination.events");
            });
            return written;
        }

        private Set<String> values(String pattern) {
            Set<String> values = new HashSet<>();
            Matcher matcher = Pattern.compile(pattern).matcher(text);
            while (matcher.find()) {
                values.add(matcher.group(1));
            }
            return values;
        }
    }

    private static void assertProbe(String module, Probe probe, String path) {
        assertThat(probe).as(module + " " + path).isNotNull();
        assertThat(probe.getHttpGet().getPath()).as(module).isEqualTo(path);
        assertThat(probe.getHttpGet().getPort().getStrVal()).as(module + ": on the management port")
                .isEqualTo("management");
    }
}
