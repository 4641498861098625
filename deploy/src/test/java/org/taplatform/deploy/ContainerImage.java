package org.taplatform.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A service's OCI image as the build writes it ({@code jib:buildTar}: an OCI image layout in a tar file), read and
 * run without a container runtime: its configuration and layers with {@code tar}, its root file system unpacked
 * layer by layer, its entrypoint started in that root through user namespaces ({@code unshare}), as the launcher
 * runs PostgreSQL.
 */
final class ContainerImage {

    /** The modules the build makes an image of (deploy/kubernetes names the same). */
    static final List<String> MODULES = List.of("survey-service", "needs-service", "provider-registry-service",
            "coordination-service", "web-console");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One layer: what Jib's history calls it ({@code comment}) or how it was made, and its blob. */
    record Layer(String name, Path blob) {
    }

    private final Path layout;
    private final JsonNode index;
    private final JsonNode config;
    private final List<Layer> layers;

    private ContainerImage(Path layout) throws IOException {
        this.layout = layout;
        this.index = JSON.readTree(layout.resolve("index.json").toFile());
        JsonNode manifest = JSON.readTree(blob(index.path("manifests").get(0).path("digest").asText()).toFile());
        this.config = JSON.readTree(blob(manifest.path("config").path("digest").asText()).toFile());
        List<JsonNode> history = new ArrayList<>();
        config.path("history").forEach(step -> {
            if (!step.path("empty_layer").asBoolean(false)) {
                history.add(step);
            }
        });
        List<Layer> found = new ArrayList<>();
        JsonNode manifestLayers = manifest.path("layers");
        for (int i = 0; i < manifestLayers.size(); i++) {
            JsonNode step = history.get(i);
            String name = step.hasNonNull("comment") ? step.path("comment").asText()
                    : step.path("created_by").asText();
            found.add(new Layer(name, blob(manifestLayers.get(i).path("digest").asText())));
        }
        this.layers = List.copyOf(found);
    }

    /** The image tar of a module, where its build writes it. */
    static Path tarOf(String module) {
        Path tar = Platform.DEPLOY.resolve("../" + module + "/target/image/" + module + ".tar").normalize();
        if (!Files.isRegularFile(tar)) {
            throw new IllegalStateException("no image of " + module + " at " + tar
                    + ": build the images first (./mvnw -Pimages package, as ./platform test does)");
        }
        return tar;
    }

    /** Reads an image tar, unpacking its blobs into the directory. */
    static ContainerImage read(Path tar, Path directory) throws IOException {
        Files.createDirectories(directory);
        command(List.of("tar", "-xf", tar.toString(), "-C", directory.toString()));
        return new ContainerImage(directory);
    }

    /** The name and tag the image was built with (the OCI layout's {@code org.opencontainers.image.ref.name}). */
    String reference() {
        return index.path("manifests").get(0).path("annotations").path("org.opencontainers.image.ref.name").asText();
    }

    /** The runtime configuration: User, Entrypoint, Env, ExposedPorts, WorkingDir, Labels. */
    JsonNode runtime() {
        return config.path("config");
    }

    List<Layer> layers() {
        return layers;
    }

    /** The paths a layer holds, as its tar lists them ({@code deployments/quarkus-run.jar}). */
    static List<String> entries(Layer layer) throws IOException {
        return command(List.of("tar", "--warning=no-unknown-keyword", "-tzf", layer.blob().toString())).lines()
                .map(entry -> entry.startsWith("./") ? entry.substring(2) : entry)
                .filter(entry -> !entry.isEmpty() && !entry.equals("."))
                .toList();
    }

    /**
     * The root file system: every layer unpacked in order over the one before (owners kept as numbers), and the
     * /etc/hosts a container runtime writes (with the host's name: the process shares its network).
     */
    Path unpackRoot(Path root) throws IOException {
        Files.createDirectories(root);
        for (Layer layer : layers) {
            command(List.of("tar", "--warning=no-unknown-keyword", "--numeric-owner", "-xzf", layer.blob().toString(),
                    "-C", root.toString()));
        }
        String hostname = java.net.InetAddress.getLocalHost().getHostName();
        Files.writeString(root.resolve("etc/hosts"), "127.0.0.1 localhost " + hostname
                + "\n::1 localhost ip6-localhost\n");
        return root;
    }

    /**
     * Starts the image's entrypoint in the root, as its user (mapped from this one in a user namespace), in a PID
     * namespace of its own with its /proc, with only the image's environment and the given one. Its output goes to
     * the log file.
     */
    Process start(Path root, Map<String, String> environment, Path log) throws IOException {
        String[] user = runtime().path("User").asText().split(":");
        List<String> command = new ArrayList<>(List.of("unshare", "--map-user=" + user[0],
                "--map-group=" + (user.length > 1 ? user[1] : user[0]), "--pid", "--fork", "--kill-child=SIGTERM",
                "--mount-proc", "--root=" + root, "--wd=" + runtime().path("WorkingDir").asText("/"), "--"));
        runtime().path("Entrypoint").forEach(argument -> command.add(argument.asText()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().clear();
        runtime().path("Env").forEach(variable -> {
            String[] pair = variable.asText().split("=", 2);
            builder.environment().put(pair[0], pair[1]);
        });
        builder.environment().putAll(environment);
        return builder.start();
    }

    /**
     * Stops a started image as a container runtime does: SIGTERM to its entrypoint (unshare itself neither dies of
     * it nor passes it on), which the JVM, the PID namespace's first process, answers by shutting down; SIGKILL
     * if it has not ended 30 s later.
     */
    static void stop(Process container) throws InterruptedException {
        List<ProcessHandle> entrypoint = container.descendants().filter(child -> child.parent()
                .map(parent -> parent.pid() == container.pid()).orElse(false)).toList();
        entrypoint.forEach(ProcessHandle::destroy);
        if (!container.waitFor(30, TimeUnit.SECONDS)) {
            entrypoint.forEach(ProcessHandle::destroyForcibly); // as a runtime does after its grace period
        }
    }

    private Path blob(String digest) {
        return layout.resolve("blobs").resolve(digest.replace(':', '/'));
    }

    private static String command(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted: " + command, e));
        }
        return output;
    }
}
