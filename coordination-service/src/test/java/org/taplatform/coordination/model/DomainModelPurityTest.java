package org.taplatform.coordination.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The coordination rules are a domain model without frameworks (STYLE.md): every class in a {@code model} package
 * imports only the JDK and other model packages, so it runs and is tested without Quarkus, a database or Kafka.
 */
class DomainModelPurityTest {

    @Test
    void shouldImportOnlyTheJdkAndOtherModelsInEveryModelPackage() throws IOException {
        Path sources = Path.of("src/main/java/org/taplatform/coordination");
        List<Path> modelFiles;
        try (Stream<Path> files = Files.walk(sources)) {
            modelFiles = files.filter(file -> file.getParent().getFileName().toString().equals("model"))
                    .filter(file -> file.toString().endsWith(".java")).toList();
        }
        assertThat(modelFiles).hasSizeGreaterThan(10);
        for (Path file : modelFiles) {
            assertThat(Files.readAllLines(file)).as(file.toString())
                    .filteredOn(line -> line.startsWith("import "))
                    .allMatch(line -> line.startsWith("import java.")
                            || line.matches("import org\\.taplatform\\.coordination\\.([a-z]+\\.)?model\\.[A-Za-z.]+;"));
        }
    }
}
