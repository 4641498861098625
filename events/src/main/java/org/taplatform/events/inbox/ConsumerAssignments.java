package org.taplatform.events.inbox;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.Config;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;

/**
 * Which of this service's consumers have joined their group and been given their partitions (none, when other
 * replicas hold them all, still counts): until each has, the service is not ready, because it does not consume yet
 * ({@link ConsumerHealthCheck}). Every Kafka channel uses it (the connector's {@code consumer-rebalance-listener.name},
 * set for all channels in this library's configuration).
 */
@ApplicationScoped
@Identifier(ConsumerAssignments.NAME)
public class ConsumerAssignments implements KafkaConsumerRebalanceListener {

    static final String NAME = "ta-consumer-assignments";
    private static final String CLIENT_ID_PREFIX = "kafka-consumer-";

    private final Set<String> expected;
    private final Set<String> joined = ConcurrentHashMap.newKeySet();

    ConsumerAssignments(Config config) {
        Set<String> channels = new TreeSet<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("mp.messaging.incoming.") && name.endsWith(".connector")
                    && "smallrye-kafka".equals(config.getOptionalValue(name, String.class).orElse(null))) {
                String channel = name.substring("mp.messaging.incoming.".length(), name.length() - ".connector".length());
                if (config.getOptionalValue("mp.messaging.incoming." + channel + ".enabled", Boolean.class).orElse(true)) {
                    channels.add(channel);
                }
            }
        }
        this.expected = Set.copyOf(channels);
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        joined.add(channelOf(consumer));
    }

    /** The channels whose consumer has not been given its partitions yet. */
    public Set<String> notJoined() {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(joined);
        return missing;
    }

    private static String channelOf(Consumer<?, ?> consumer) {
        return consumer.metrics().keySet().stream().map(metric -> metric.tags().get("client-id"))
                .filter(id -> id != null && id.startsWith(CLIENT_ID_PREFIX)).findFirst()
                .map(id -> id.substring(CLIENT_ID_PREFIX.length())).orElse("?");
    }
}
