package org.taplatform.needs;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.taplatform.testsupport.ArchitectureRules;

import com.tngtech.archunit.core.domain.JavaClasses;

/**
 * needs-service's layers: the features (the needs register, cycles, analysis, charts, exports) below the consumers of survey-service's and coordination-service's events (intake). Dependencies only point down (docs/architecture.md, "Layers inside a service").
 */
class ArchitectureTest {

    static final String ROOT = "org.taplatform.needs";
    static final JavaClasses CLASSES = ArchitectureRules.classesOf(ROOT);

    @Test
    void shouldKeepTheRulesFreeOfFrameworks() {
        ArchitectureRules.modelUsesOnlyTheJdkAndOtherModels(ROOT).check(CLASSES);
    }

    @Test
    void shouldLetDependenciesOnlyPointDown() {
        ArchitectureRules.layers(ROOT, List.of(), List.of("need", "cycle", "analysis", "chart", "export"), List.of("intake")).check(CLASSES);
    }

    @Test
    void shouldUseNoOtherServicesClasses() {
        ArchitectureRules.noOtherServicesClasses(ROOT).check(CLASSES);
    }
}
