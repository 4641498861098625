package org.taplatform.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * axe-core, the accessibility engine of Deque's tools and of Lighthouse, pinned in src/test/node/package-lock.json and
 * installed by npm into target/node the first time a browser test needs it (./platform test makes sure Node.js and
 * npm are there).
 */
final class Axe {

    private static final Path SOURCES = Path.of("src", "test", "node").toAbsolutePath();
    private static final Path HOME = Path.of("target", "node").toAbsolutePath();
    private static String source;

    private Axe() {
    }

    /** axe.min.js, to inject into a page. */
    static synchronized String source() {
        if (source == null) {
            try {
                source = Files.readString(install().resolve("node_modules/axe-core/axe.min.js"), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return source;
    }

    private static Path install() throws IOException {
        Files.createDirectories(HOME);
        for (String file : List.of("package.json", "package-lock.json")) {
            Files.copy(SOURCES.resolve(file), HOME.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        Path installed = HOME.resolve("node_modules").resolve(".package-lock.json");
        if (Files.exists(installed) && Files.getLastModifiedTime(installed)
                .compareTo(Files.getLastModifiedTime(SOURCES.resolve("package-lock.json"))) >= 0) {
            return HOME;
        }
        Process npm;
        try {
            npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts")
                    .directory(HOME.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run npm: the browser tests' axe-core needs Node.js and npm "
                    + "(./platform test installs them from the OS packages when it runs as root)", e);
        }
        npm.getOutputStream().close();
        String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
                npm.destroyForcibly();
                throw new IllegalStateException("npm ci failed in " + HOME + ":\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while npm installed axe-core", e);
        }
        return HOME;
    }
}
