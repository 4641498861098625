package org.taplatform.events.inbox;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.reactive.messaging.ClientCustomizer;

/**
 * How this service's consumers belong to their groups, so that a replica that dies and comes back consumes again
 * within seconds (docs/architecture.md, "Recovery"):
 * <ul>
 * <li>a session of {@code ta.messaging.session-timeout} (10 s, Kafka's default is 45 s): a member that died without a
 * word loses its partitions to the others after at most that long;</li>
 * <li>when the replica has a stable name ({@code ta.instance-id}, {@code TA_INSTANCE_ID}: the launcher's component
 * name, a StatefulSet's pod name), static membership ({@code group.instance.id} = name.channel): the replica started
 * again under the same name takes its partitions back at once, without waiting for the session of its dead self or
 * a rebalance of the group.</li>
 * </ul>
 * Producers (the dead-letter topic's) are left alone.
 */
@ApplicationScoped
public class ConsumerMembership implements ClientCustomizer<Map<String, Object>> {

    private final Optional<String> instanceId;
    private final int sessionTimeoutMillis;

    ConsumerMembership(@ConfigProperty(name = "ta.instance-id") Optional<String> instanceId,
            @ConfigProperty(name = "ta.messaging.session-timeout-ms", defaultValue = "10000") int sessionTimeoutMillis) {
        this.instanceId = instanceId.map(String::strip).filter(id -> !id.isEmpty());
        this.sessionTimeoutMillis = sessionTimeoutMillis;
    }

    @Override
    public Map<String, Object> customize(String channel, Config channelConfig, Map<String, Object> config) {
        if (!config.containsKey(ConsumerConfig.GROUP_ID_CONFIG)
                || !config.containsKey(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG)) {
            return config;
        }
        Map<String, Object> customised = new HashMap<>(config);
        customised.putIfAbsent(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, sessionTimeoutMillis);
        customised.putIfAbsent(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, Math.max(1000, sessionTimeoutMillis / 4));
        instanceId.ifPresent(id -> customised.putIfAbsent(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, id + "." + channel));
        return customised;
    }
}
