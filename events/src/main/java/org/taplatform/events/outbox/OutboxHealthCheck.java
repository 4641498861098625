package org.taplatform.events.outbox;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.agroal.api.AgroalDataSource;

/**
 * Readiness of the event pipeline: Kafka answers, and how many events wait in the outbox (and since when).
 * The database itself is checked by the datasource's own readiness check.
 */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    private final AgroalDataSource dataSource;
    private final String bootstrapServers;
    private volatile Admin admin;

    OutboxHealthCheck(AgroalDataSource dataSource,
            @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092") String bootstrapServers) {
        this.dataSource = dataSource;
        this.bootstrapServers = bootstrapServers;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Kafka and outbox");
        response.withData("bootstrap.servers", bootstrapServers);
        boolean kafkaUp = kafkaAnswers(response);
        addOutboxBacklog(response);
        return response.status(kafkaUp).build();
    }

    private boolean kafkaAnswers(HealthCheckResponseBuilder response) {
        try {
            String clusterId = admin().describeCluster(new DescribeClusterOptions().timeoutMs(2_000))
                    .clusterId().get(3, TimeUnit.SECONDS);
            response.withData("kafka.cluster", clusterId);
            return true;
        } catch (Exception e) {
            response.withData("kafka.error", e.toString());
            return false;
        }
    }

    private void addOutboxBacklog(HealthCheckResponseBuilder response) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("""
                        select count(*), coalesce(extract(epoch from now() - min(occurred_at)), 0)::bigint
                        from outbox_event where sent_at is null""")) {
            row.next();
            response.withData("outbox.pending", row.getLong(1));
            response.withData("outbox.oldest-pending-seconds", row.getLong(2));
        } catch (SQLException e) {
            response.withData("outbox.error", e.toString());
        }
    }

    private Admin admin() {
        if (admin == null) {
            synchronized (this) {
                if (admin == null) {
                    Properties config = new Properties();
                    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
                    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000);
                    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000);
                    admin = Admin.create(config);
                }
            }
        }
        return admin;
    }

    @PreDestroy
    void close() {
        if (admin != null) {
            admin.close();
        }
    }
}
