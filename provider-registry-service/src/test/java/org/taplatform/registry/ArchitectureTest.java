package org.taplatform.registry;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.taplatform.testsupport.ArchitectureRules;

import com.tngtech.archunit.core.domain.JavaClasses;

/**
 * provider-registry-service's layers: the features (organisations, capabilities, activities, pledges, authorities, tools, evaluations, IATI) below the consumer of coordination-service's events (intake). Dependencies only point down (docs/architecture.md, "Layers inside a service").
 */
class ArchitectureTest {

    static final String ROOT = "org.taplatform.registry";
    static final JavaClasses CLASSES = ArchitectureRules.classesOf(ROOT);

    @Test
    void shouldKeepTheRulesFreeOfFrameworks() {
        ArchitectureRules.modelUsesOnlyTheJdkAndOtherModels(ROOT).check(CLASSES);
    }

    @Test
    void shouldLetDependenciesOnlyPointDown() {
        ArchitectureRules.layers(ROOT, List.of(), List.of("organisation", "capability", "activity", "pledge", "authority", "tool", "evaluation", "iati", "support"), List.of("intake")).check(CLASSES);
    }

    @Test
    void shouldUseNoOtherServicesClasses() {
        ArchitectureRules.noOtherServicesClasses(ROOT).check(CLASSES);
    }
}
