package org.taplatform.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import java.util.ArrayList;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;

/**
 * The layering every service holds (shared/design/ARCHITECTURE.md, "Layers inside a service"), as ArchUnit rules that
 * each service's {@code ArchitectureTest} checks against its own classes. Dependencies only point down:
 * framework-free rules ({@code model} packages) at the bottom; read models (and any index of them) above; features
 * (resources and use cases) above those; consumers (intake) and orchestration (rebuild, jobs) on top. And no service
 * uses another service's classes: state moves between services as events only.
 */
public final class ArchitectureRules {

    /** The platform's four services, by root package. */
    public static final List<String> SERVICES = List.of("org.taplatform.survey", "org.taplatform.needs",
            "org.taplatform.registry", "org.taplatform.coordination");

    private ArchitectureRules() {
    }

    /** The service's production classes (tests left out). */
    public static JavaClasses classesOf(String root) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(root);
    }

    /** Classes of a {@code model} package use only the JDK and other model packages (of the platform). */
    public static ArchRule modelUsesOnlyTheJdkAndOtherModels(String root) {
        return classes().that().resideInAPackage(root + "..model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", root + "..model..",
                        "org.taplatform..model..")
                .allowEmptyShould(true)
                .as("a model package uses only the JDK and other model packages");
    }

    /** No class of the service uses a class of another service. */
    public static ArchRule noOtherServicesClasses(String root) {
        String[] others = SERVICES.stream().filter(service -> !service.equals(root)).map(service -> service + "..")
                .toArray(String[]::new);
        return noClasses().that().resideInAPackage(root + "..").should().dependOnClassesThat()
                .resideInAnyPackage(others).as("no class of " + root + " uses another service's classes");
    }

    /**
     * The layers of a service, named by their packages below the root (each package alone, its sub-packages apart):
     * read models may be used by features and the top; features by other features and the top; nothing uses the top.
     * A model package, wherever it is, belongs to no layer here: {@link #modelUsesOnlyTheJdkAndOtherModels} holds it.
     */
    public static LayeredArchitecture layers(String root, List<String> readModels, List<String> features,
            List<String> top) {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
        if (!readModels.isEmpty()) {
            layers = layers.layer("read models").definedBy(packages(root, readModels));
        }
        layers = layers.layer("features").definedBy(packages(root, features))
                .layer("intake and orchestration").definedBy(packages(root, top));
        if (!readModels.isEmpty()) {
            layers = layers.whereLayer("read models").mayOnlyBeAccessedByLayers("features", "intake and orchestration");
        }
        return layers.whereLayer("features").mayOnlyBeAccessedByLayers("intake and orchestration")
                .whereLayer("intake and orchestration").mayNotBeAccessedByAnyLayer()
                .withOptionalLayers(true);
    }

    private static String[] packages(String root, List<String> names) {
        List<String> packages = new ArrayList<>();
        for (String name : names) {
            packages.add(root + "." + name);
        }
        return packages.toArray(String[]::new);
    }
}
