package org.taplatform.testsupport;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;

/**
 * A service's layers checked by {@link ArchitectureRules}: each service's {@code ArchitectureTest} extends this and names
 * its root package and its packages per layer.
 */
public abstract class ServiceArchitectureTest {

    /** Imported once per service and test JVM (JUnit makes an instance per test). */
    private static final Map<String, JavaClasses> CLASSES = new ConcurrentHashMap<>();

    /** The service's root package, e.g. {@code org.taplatform.coordination}. */
    protected abstract String root();

    /** Packages below the root holding read models (and any index of them); none in a service without. */
    protected abstract List<String> readModels();

    /** Packages below the root holding features: resources and use cases. */
    protected abstract List<String> features();

    /** Packages below the root on top: consumers of other services' events, orchestration. */
    protected abstract List<String> top();

    private JavaClasses classes() {
        return CLASSES.computeIfAbsent(root(), ArchitectureRules::classesOf);
    }

    @Test
    void shouldKeepTheRulesFreeOfFrameworks() {
        ArchitectureRules.modelUsesOnlyTheJdkAndOtherModels(root()).check(classes());
    }

    @Test
    void shouldLetDependenciesOnlyPointDown() {
        ArchitectureRules.layers(root(), readModels(), features(), top()).check(classes());
    }

    @Test
    void shouldUseNoOtherServicesClasses() {
        ArchitectureRules.noOtherServicesClasses(root()).check(classes());
    }
}
