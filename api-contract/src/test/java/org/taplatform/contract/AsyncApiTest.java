package org.taplatform.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * docs/asyncapi.yaml passes the AsyncAPI Initiative's parser with no error or warning, and every schema object in it
 * holds JSON Schema keywords only (validate-asyncapi.mjs). The events library's EventContractsDocumentedTest checks
 * it against the event records.
 */
class AsyncApiTest {

    @Test
    void shouldParseStrictly() throws Exception {
        NodeTools.Result parse = NodeTools.script("validate-asyncapi.mjs",
                NodeTools.ROOT.resolve("docs/asyncapi.yaml").toString());
        System.out.println("docs/asyncapi.yaml: " + parse.output().strip());
        assertThat(parse.exitCode()).as(parse.output()).isZero();
    }

    @Test
    void shouldRefuseADescriptionCutIntoAStrayKey() throws Exception {
        Path broken = Files.createTempFile("asyncapi", ".yaml");
        Files.writeString(broken, Files.readString(NodeTools.ROOT.resolve("docs/asyncapi.yaml")).replace(
                "description: 'the actual end, else the planned end'", "description: the actual end, else the planned end"));
        NodeTools.Result parse = NodeTools.script("validate-asyncapi.mjs", broken.toString());
        assertThat(parse.exitCode()).isOne();
        assertThat(parse.output()).contains("not-a-schema-keyword", "else the planned end");
    }
}
