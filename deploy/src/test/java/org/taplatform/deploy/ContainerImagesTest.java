package org.taplatform.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The images the build writes (./mvnw -Pimages package): each service and the web console, named by the documented
 * tag scheme, non-root, started by the JVM options of a container, in layers that change at different rates on one
 * shared base. ReplicatedPlatformIT starts each of them.
 */
class ContainerImagesTest {

    static final String VERSION = System.getProperty("ta.project.version");

    @Test
    void shouldBuildEveryImageNonRootWithAContainersJvmInLayersOnOneBase(@TempDir Path work) throws IOException {
        List<String> bases = new ArrayList<>();
        for (String module : ContainerImage.MODULES) {
            ContainerImage image = ContainerImage.read(ContainerImage.tarOf(module), work.resolve(module));
            JsonNode runtime = image.runtime();

            assertThat(image.reference()).as(module).isEqualTo("ta-platform/" + module + ":" + VERSION);
            assertThat(runtime.path("User").asText()).as(module).isEqualTo("1001:1001");
            List<String> entrypoint = strings(runtime.path("Entrypoint"));
            assertThat(entrypoint).as(module).startsWith("/opt/java/openjdk/bin/java")
                    .endsWith("-jar", "/deployments/quarkus-run.jar")
                    .contains("-XX:MaxRAMPercentage=60", "-XX:+ExitOnOutOfMemoryError")
                    // C2, and a heap sized by the container's memory limit, not the launcher's laptop options
                    .noneMatch(option -> option.startsWith("-XX:TieredStopAtLevel") || option.startsWith("-Xmx"));
            assertThat(runtime.path("ExposedPorts").has("8080/tcp")).as(module).isTrue();
            assertThat(runtime.path("ExposedPorts").has("9000/tcp")).as(module).isTrue();
            assertThat(strings(runtime.path("Env"))).as(module)
                    .contains("QUARKUS_MANAGEMENT_HOST=0.0.0.0", "JAVA_HOME=/opt/java/openjdk");
            assertThat(runtime.path("WorkingDir").asText()).isEqualTo("/deployments");

            // the OS and Java of the base, then what changes more and more often: libraries, the project's own
            // libraries (the web console uses none), the application
            List<ContainerImage.Layer> layers = image.layers();
            List<String> expected = module.equals("web-console") ? List.of("libraries", "application")
                    : List.of("libraries", "project libraries", "application");
            assertThat(layers.subList(2, layers.size())).extracting(ContainerImage.Layer::name).as(module)
                    .isEqualTo(expected);
            assertThat(layers.get(0).name()).startsWith("debootstrap --variant=minbase");
            assertThat(layers.get(1).name()).startsWith("jlink");
            assertThat(passwd(layers.get(0))).contains("ta:x:1001:1001:");
            assertThat(ContainerImage.entries(layers.get(1))).contains("opt/java/openjdk/bin/java");
            for (ContainerImage.Layer layer : layers.subList(2, layers.size())) {
                List<String> files = files(layer);
                assertThat(files).as(module + ", " + layer.name()).isNotEmpty().allMatch(path -> switch (layer.name()) {
                    case "libraries" -> path.startsWith("deployments/lib/") && !path.contains("org.taplatform.");
                    case "project libraries" -> path.startsWith("deployments/lib/main/org.taplatform.");
                    default -> !path.startsWith("deployments/lib/");
                });
                // neither Jib's class-path layout nor the launcher's class-data archive (made for another JDK)
                assertThat(files).noneMatch(path -> path.startsWith("app/") || path.endsWith("app-cds.jsa"));
            }
            assertThat(files(layers.get(layers.size() - 1))).as(module)
                    .contains("deployments/quarkus-run.jar", "deployments/app/" + module + "-" + VERSION + ".jar");
            bases.add(layers.get(0).blob().getFileName() + " " + layers.get(1).blob().getFileName());
        }
        // one base for all: a registry or a node keeps the OS and the Java runtime once
        assertThat(bases).as("the OS and Java layers of every image").containsOnly(bases.get(0));
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static List<String> files(ContainerImage.Layer layer) throws IOException {
        return ContainerImage.entries(layer).stream().filter(path -> !path.endsWith("/")).toList();
    }

    private static String passwd(ContainerImage.Layer layer) throws IOException {
        Process tar = new ProcessBuilder("tar", "--warning=no-unknown-keyword", "-xOzf", layer.blob().toString(), "./etc/passwd").start();
        return new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
