package org.taplatform.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.kafka.common.Uuid;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;

/**
 * One real Kafka broker (KRaft, combined broker and controller) per test JVM, in-process. It can be stopped and
 * started again on the same port with its data, so that a test can show what happens while Kafka is down.
 */
public final class TestKafka {

    private static EmbeddedKafkaBroker broker;
    private static int kafkaPort;
    private static int controllerPort;
    private static String clusterId;
    private static Path logDir;

    private TestKafka() {
    }

    public static synchronized String bootstrapServers() {
        if (clusterId == null) {
            kafkaPort = freePort();
            controllerPort = freePort();
            clusterId = Uuid.randomUuid().toString();
            try {
                logDir = Files.createTempDirectory("ta-test-kafka");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(TestKafka::shutdown, "stop-test-kafka"));
        }
        if (broker == null) {
            startBroker();
        }
        return "localhost:" + kafkaPort;
    }

    /** Stops the broker, keeping its data and port: clients see Kafka as down until {@link #start()}. */
    public static synchronized void stop() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }

    /** Starts the broker again after {@link #stop()}, on the same port with the same data. */
    public static synchronized void start() {
        bootstrapServers();
    }

    private static void startBroker() {
        broker = new EmbeddedKafkaBroker()
                .withNodeId(1)
                .withKafkaHost("localhost")
                .withKafkaPort(kafkaPort)
                .withControllerPort(controllerPort)
                .withClusterId(clusterId)
                .withDeleteLogDirsOnClose(false)
                .withAdditionalProperties(properties -> {
                    properties.put("log.dir", logDir.toString());
                    properties.put("num.partitions", "3");
                    properties.put("auto.create.topics.enable", "true");
                    properties.put("group.initial.rebalance.delay.ms", "0");
                    properties.put("offsets.topic.num.partitions", "5");
                })
                .start();
    }

    private static synchronized void shutdown() {
        stop();
        if (logDir != null) {
            try (Stream<Path> files = Files.walk(logDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // best effort: it is a temporary directory
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
