package org.taplatform.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every service's committed OpenAPI document passes Spectral with docs/openapi/spectral.yaml (its OpenAPI ruleset and
 * the rules of docs/api-guidelines.md): no error, no warning.
 */
class OpenApiLintTest {

    @ParameterizedTest
    @ValueSource(strings = { "survey-service", "needs-service", "provider-registry-service", "coordination-service" })
    void shouldFollowTheGuidelines(String service) throws Exception {
        NodeTools.Result lint = NodeTools.tool("spectral", "lint", "--ruleset",
                NodeTools.ROOT.resolve("docs/openapi/spectral.yaml").toString(), "--fail-severity", "warn",
                "--format", "text", NodeTools.ROOT.resolve("docs/openapi/" + service + ".json").toString());
        System.out.println(service + ": " + lint.output().strip());
        assertThat(lint.exitCode()).as(lint.output()).isZero();
    }
}
