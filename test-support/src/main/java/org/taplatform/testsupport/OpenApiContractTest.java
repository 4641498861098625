package org.taplatform.testsupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * A service's OpenAPI document against docs/api-guidelines.md and against the contract committed in docs/openapi/: a
 * change of the contract is a visible diff, made on purpose. Each service's {@code OpenApiContractTest} extends this
 * (as a {@code @QuarkusTest}) and names the service.
 * <p>
 * After an intended change: {@code ./mvnw test -pl <service> -Dtest=OpenApiContractTest -Dta.openapi.update=true}
 * writes the document again; review the diff and commit it.
 */
public abstract class OpenApiContractTest {

    private static final Pattern OPERATION_ID = Pattern.compile(
            "(list|get|create|register|record|update|replace|delete|withdraw|export|analyse|chart|check|start|open|close"
                    + "|publish|preview|validate|save|submit|amend|reopen|acknowledge|dismiss|merge|forward|make"
                    + "|accept|cancel|change|redeliver|replay|correct|set|mark|confirm|erase|add|classify)[A-Z][A-Za-z0-9]*");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).enable(SerializationFeature.INDENT_OUTPUT);

    /** The service's name, as its document's title and its file in docs/openapi/. */
    protected abstract String service();

    private JsonNode document() throws IOException {
        return JSON.readTree(given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().asString());
    }

    @Test
    void shouldMatchTheCommittedContract() throws IOException {
        String running = canonical(document());
        Path committed = Path.of("..", "docs", "openapi", service() + ".json");
        if (Boolean.getBoolean("ta.openapi.update")) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, running);
        }
        assertThat(committed).as("the committed contract; write it with -Dta.openapi.update=true").exists();
        assertThat(running).as("the running service's contract differs from " + committed
                + ": if the change is intended, write it again with -Dta.openapi.update=true and commit the diff")
                .isEqualTo(Files.readString(committed));
    }

    @Test
    void shouldNameEveryOperationOnceVerbFirst() throws IOException {
        Map<String, String> seen = new HashMap<>();
        for (Map.Entry<String, JsonNode> operation : operations(document()).entrySet()) {
            String id = operation.getValue().path("operationId").asText("");
            assertThat(id).as("operationId of " + operation.getKey()).matches(OPERATION_ID);
            assertThat(seen.put(id, operation.getKey())).as("operationId " + id + " used twice").isNull();
            assertThat(operation.getValue().path("summary").asText("")).as("summary of " + operation.getKey())
                    .isNotBlank();
        }
    }

    @Test
    void shouldAnswerEveryErrorWithTheProblemSchema() throws IOException {
        JsonNode document = document();
        assertThat(document.at("/components/schemas/Problem/properties").has("violations")).isTrue();
        for (Map.Entry<String, JsonNode> operation : operations(document).entrySet()) {
            List<String> errors = new ArrayList<>();
            operation.getValue().path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                    errors.add(response.getKey());
                    JsonNode resolved = resolve(document, response.getValue());
                    assertThat(resolved.at("/content/application~1problem+json/schema/$ref").asText())
                            .as(response.getKey() + " of " + operation.getKey()).isEqualTo("#/components/schemas/Problem");
                }
            });
            assertThat(errors).as("errors of " + operation.getKey()).contains("400", "500", "503");
        }
    }

    @Test
    void shouldTypeEverySuccessfulAnswer() throws IOException {
        for (Map.Entry<String, JsonNode> operation : operations(document()).entrySet()) {
            operation.getValue().path("responses").fields().forEachRemaining(response -> {
                if (!response.getKey().startsWith("2") || response.getKey().equals("204")) {
                    return;
                }
                String where = response.getKey() + " of " + operation.getKey();
                assertThat(response.getValue().path("content").size()).as(where + ": a body with a media type")
                        .isPositive();
                response.getValue().path("content").fields().forEachRemaining(media -> {
                    JsonNode schema = media.getValue().path("schema");
                    boolean typed = schema.has("$ref") || schema.has("properties") || schema.has("items")
                            || schema.has("additionalProperties") || "binary".equals(schema.path("format").asText())
                            || schema.has("type") && !"object".equals(schema.path("type").asText());
                    assertThat(typed).as(where + " as " + media.getKey() + " has a schema: " + schema).isTrue();
                });
            });
        }
    }

    @Test
    void shouldShowAnExampleOfEveryJsonBody() throws IOException {
        JsonNode document = document();
        List<String> without = new ArrayList<>();
        for (Map.Entry<String, JsonNode> operation : operations(document).entrySet()) {
            List<JsonNode> bodies = new ArrayList<>();
            bodies.add(operation.getValue().at("/requestBody/content/application~1json"));
            operation.getValue().path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("2")) {
                    bodies.add(response.getValue().at("/content/application~1json"));
                }
            });
            for (JsonNode body : bodies) {
                if (!body.isMissingNode() && !body.has("example") && !body.has("examples")
                        && !exemplified(document, body.path("schema"), 0)) {
                    without.add(operation.getKey() + " " + body.path("schema"));
                }
            }
        }
        assertThat(without).as("JSON bodies with no example (on the schema, or on one of its properties)").isEmpty();
    }

    /** An example on the schema or one of its properties; a page or a list shows its item's. */
    private static boolean exemplified(JsonNode document, JsonNode schema, int depth) {
        JsonNode resolved = resolve(document, schema);
        if (depth > 3 || resolved.isMissingNode()) {
            return false;
        }
        if (resolved.has("example") || resolved.has("examples")
                || Set.of("string", "integer", "number", "boolean").contains(resolved.path("type").asText())) {
            return true; // a file, a code: nothing an example would add
        }
        if (resolved.has("items")) {
            return exemplified(document, resolved.path("items"), depth + 1);
        }
        if (resolved.path("additionalProperties").isObject()) {
            return exemplified(document, resolved.path("additionalProperties"), depth + 1); // a map: its values'
        }
        if (resolved.path("properties").has("items") && resolved.path("properties").has("next")) {
            return exemplified(document, resolved.at("/properties/items"), depth + 1); // a page: its items'
        }
        for (JsonNode property : (Iterable<JsonNode>) () -> resolved.path("properties").elements()) {
            if (property.has("example") || property.has("examples")) {
                return true;
            }
        }
        return false;
    }

    @Test
    void shouldLeaveFrameworkTypesOutOfTheSchemas() throws IOException {
        List<String> schemas = new ArrayList<>();
        document().at("/components/schemas").fieldNames().forEachRemaining(schemas::add);
        assertThat(schemas).as("schemas of framework types (Jackson, Jakarta REST)").noneMatch(name -> Set.of(
                "JsonNode", "ObjectNode", "ArrayNode", "JsonNodeType", "Response", "EntityTag", "StreamingOutput",
                "InputStream").contains(name));
    }

    @Test
    void shouldWriteClosedSetsAsEnumsAndNameEveryTypeOnce() throws IOException {
        JsonNode document = document();
        List<String> patterns = new ArrayList<>();
        document.findValues("pattern").forEach(pattern -> {
            if (pattern.isTextual() && pattern.asText().matches("\\^?\\(?[A-Za-z0-9_.-]+(\\|[A-Za-z0-9_.-]+)+\\)?\\$?")) {
                patterns.add(pattern.asText());
            }
        });
        assertThat(patterns).as("closed sets written as patterns (generated clients see a string)").isEmpty();
        List<String> numbered = new ArrayList<>();
        document.at("/components/schemas").fieldNames().forEachRemaining(name -> {
            if (name.matches(".*[A-Za-z][0-9]+")) {
                numbered.add(name);
            }
        });
        assertThat(numbered).as("schemas the scanner numbered because two types share a simple name: name them")
                .isEmpty();
    }

    @Test
    void shouldDeclareOneOauth2SchemeForTheWholeDocument() throws IOException {
        JsonNode document = document();
        JsonNode schemes = document.at("/components/securitySchemes");
        assertThat(schemes.size()).isOne();
        assertThat(schemes.at("/oauth2/type").asText()).isEqualTo("oauth2");
        assertThat(schemes.at("/oauth2/flows/authorizationCode/authorizationUrl").asText())
                .endsWith("/realms/ta-platform/protocol/openid-connect/auth");
        assertThat(schemes.at("/oauth2/flows/clientCredentials/tokenUrl").asText())
                .endsWith("/realms/ta-platform/protocol/openid-connect/token");
        assertThat(document.at("/security/0").has("oauth2")).isTrue();
        assertThat(document.at("/servers/0/url").asText()).startsWith("http");
        for (Map.Entry<String, JsonNode> operation : operations(document).entrySet()) {
            JsonNode security = operation.getValue().path("security");
            // either the document's requirement, or anonymous with an optional token
            assertThat(security.isMissingNode() || security.size() == 2 && security.get(0).isEmpty())
                    .as("security of " + operation.getKey()).isTrue();
        }
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/") ? document.at(ref.substring(1)) : node;
    }

    /** Operations by "METHOD path". */
    protected static Map<String, JsonNode> operations(JsonNode document) {
        Map<String, JsonNode> operations = new java.util.TreeMap<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (METHODS.contains(method.getKey())) {
                operations.put(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue());
            }
        }));
        return operations;
    }

    private static String canonical(JsonNode document) throws IOException {
        // the same document whichever order the scanner met the classes in
        return JSON.writeValueAsString(JSON.treeToValue(document, Object.class)) + "\n";
    }
}
