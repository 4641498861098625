package org.taplatform.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * No breaking change against the published contract (docs/openapi/published/), by OpenAPITools' openapi-diff. A
 * breaking change made on purpose updates the published copy in the same commit and is listed in
 * docs/api-guidelines.md (Changes).
 */
class BreakingChangeTest {

    @ParameterizedTest
    @ValueSource(strings = { "survey-service", "needs-service", "provider-registry-service", "coordination-service" })
    void shouldKeepEveryPublishedOperationWorking(String service) throws Exception {
        ChangedOpenApi diff = compare(NodeTools.ROOT.resolve("docs/openapi/published/" + service + ".json"),
                NodeTools.ROOT.resolve("docs/openapi/" + service + ".json"));
        assertThat(diff.isIncompatible()).as(service + " breaks its published contract:\n" + markdown(diff)).isFalse();
    }

    /** The check bites: an operation gone, or a new required parameter, is breaking. */
    @Test
    void shouldCallARemovedOperationOrANewRequiredParameterBreaking() throws Exception {
        Path published = NodeTools.ROOT.resolve("docs/openapi/published/needs-service.json");
        String document = Files.readString(published);
        Path changed = Files.createTempFile("needs-service", ".json");
        Files.writeString(changed, document.replace("\"/api/v1/needs/{id}/withdrawal\"",
                "\"/api/v1/needs/{id}/withdrawals\""));
        assertThat(compare(published, changed).isIncompatible()).isTrue();
    }

    private static ChangedOpenApi compare(Path before, Path after) {
        return OpenApiCompare.fromLocations(before.toUri().toString(), after.toUri().toString());
    }

    private static String markdown(ChangedOpenApi diff) {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = new java.io.OutputStreamWriter(bytes, java.nio.charset.StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, out);
        } catch (java.io.IOException e) {
            return diff.toString();
        }
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
