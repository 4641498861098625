package org.taplatform.contract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The contract's Node.js tools (Spectral, the AsyncAPI parser, TypeScript), installed by npm from the committed lock
 * file into target/node the first time a test needs them (./platform test makes sure Node.js and npm are there).
 */
final class NodeTools {

    /** The repository's root (the tests run in api-contract/). */
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path SOURCES = Path.of("src", "test", "node").toAbsolutePath();
    private static final Path HOME = Path.of("target", "node").toAbsolutePath();

    /** What a command printed and how it ended. */
    record Result(int exitCode, String output) {
    }

    private NodeTools() {
    }

    /** target/node with the tools installed and our scripts beside them. */
    static synchronized Path home() throws IOException, InterruptedException {
        Files.createDirectories(HOME);
        for (String file : List.of("package.json", "package-lock.json", "validate-asyncapi.mjs")) {
            Files.copy(SOURCES.resolve(file), HOME.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        Path installed = HOME.resolve("node_modules").resolve(".package-lock.json");
        if (!Files.exists(installed) || Files.getLastModifiedTime(installed)
                .compareTo(Files.getLastModifiedTime(SOURCES.resolve("package-lock.json"))) < 0) {
            Result install = run(HOME, "npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts");
            if (install.exitCode() != 0) {
                throw new IllegalStateException("npm ci failed in " + HOME + ":\n" + install.output());
            }
        }
        return HOME;
    }

    /** Runs a tool of node_modules/.bin in target/node. */
    static Result tool(String name, String... arguments) throws IOException, InterruptedException {
        Path home = home();
        String[] command = new String[arguments.length + 1];
        command[0] = home.resolve("node_modules").resolve(".bin").resolve(name).toString();
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        return run(home, command);
    }

    /** Runs a script of ours with node in target/node. */
    static Result script(String name, String... arguments) throws IOException, InterruptedException {
        Path home = home();
        String[] command = new String[arguments.length + 2];
        command[0] = "node";
        command[1] = home.resolve(name).toString();
        System.arraycopy(arguments, 0, command, 2, arguments.length);
        return run(home, command);
    }

    static Result run(Path directory, String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command[0] + ": the API contract's checks need Node.js 18 "
                    + "or newer and npm (./platform test installs them from the OS packages when it runs as root)", e);
        }
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not end within 10 minutes");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
