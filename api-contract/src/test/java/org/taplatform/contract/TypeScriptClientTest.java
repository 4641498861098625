package org.taplatform.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The TypeScript client a partner's web application generates from each committed contract (openapi-generator's
 * typescript-fetch, run by this module's build) type-checks with tsc in strict mode: a schema the generator cannot
 * express, or an operation whose types contradict each other, fails here rather than in a partner's build.
 */
class TypeScriptClientTest {

    private static final Path CLIENTS = Path.of("target", "typescript-client").toAbsolutePath();

    @ParameterizedTest
    @ValueSource(strings = { "survey", "needs", "registry", "coordination" })
    void shouldTypeCheckTheGeneratedClientStrictly(String service) throws Exception {
        Path client = CLIENTS.resolve(service);
        try (Stream<Path> sources = Files.walk(client)) {
            assertThat(sources.filter(file -> file.toString().endsWith(".ts")).count())
                    .as("generated TypeScript sources in %s", client).isGreaterThan(10);
        }
        Files.writeString(client.resolve("tsconfig.json"), """
                {
                  "compilerOptions": {
                    "target": "ES2020", "module": "ES2020", "moduleResolution": "node", "lib": ["ES2020", "DOM"],
                    "strict": true, "noEmit": true, "skipLibCheck": false, "forceConsistentCasingInFileNames": true
                  },
                  "include": ["**/*.ts"]
                }
                """, StandardCharsets.UTF_8);
        NodeTools.Result tsc = NodeTools.tool("tsc", "-p", client.resolve("tsconfig.json").toString());
        assertThat(tsc.exitCode()).as("tsc on the %s client:\n%s", service, tsc.output()).isZero();
    }
}
