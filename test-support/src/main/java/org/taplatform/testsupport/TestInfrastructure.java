package org.taplatform.testsupport;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The real infrastructure of a service's tests: PostgreSQL and Kafka (started once per test JVM and shared by
 * every test class), and the key that signs {@link TestTokens}. Annotate tests with
 * {@code @WithTestResource(TestInfrastructure.class)}.
 */
public class TestInfrastructure implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.datasource.jdbc.url", TestPostgres.jdbcUrl(),
                "quarkus.datasource.username", TestPostgres.username(),
                "quarkus.datasource.password", TestPostgres.password(),
                "kafka.bootstrap.servers", TestKafka.bootstrapServers(),
                "quarkus.oidc.public-key", TestTokens.publicKey(),
                "quarkus.oidc.token.issuer", TestTokens.ISSUER);
    }

    @Override
    public void stop() {
        // shared by every test class of the JVM: stopped by shutdown hooks when the JVM exits
    }
}
