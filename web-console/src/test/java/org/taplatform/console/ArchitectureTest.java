package org.taplatform.console;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The console's layers: pages (features) above the clients of the services' APIs, which know nothing of pages; and
 * nothing reaches a database or Kafka: what a user sees comes from the APIs, as that user may see it.
 */
class ArchitectureTest {

    static final JavaClasses CONSOLE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.taplatform.console");

    @Test
    void shouldKeepTheApiClientsBelowThePages() {
        noClasses().that().resideInAPackage("..console.api..").should().dependOnClassesThat()
                .resideInAPackage("..console.page..").check(CONSOLE);
    }

    @Test
    void shouldReadNothingButTheApis() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.apache.kafka..",
                "io.quarkus.hibernate..", "java.sql..").check(CONSOLE);
    }
}
