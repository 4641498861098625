package org.taplatform.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Each rule of ours in docs/openapi/spectral.yaml catches what it is for (a document with one breach of each). */
class RulesetTest {

    @Test
    void shouldCatchEachBreachOfTheGuidelines() throws Exception {
        NodeTools.Result lint = NodeTools.tool("spectral", "lint", "--ruleset",
                NodeTools.ROOT.resolve("docs/openapi/spectral.yaml").toString(), "--format", "text",
                Path.of("src/test/resources/against-the-guidelines.json").toAbsolutePath().toString());
        assertThat(lint.exitCode()).isNotZero();
        assertThat(lint.output()).contains("ta-operation-id-verb-first", "ta-operation-summary", "ta-paths-kebab-case",
                "ta-errors-are-problems", "ta-closed-sets-are-enums", "ta-properties-camel-case",
                "ta-oauth2-for-the-whole-document");
    }
}
