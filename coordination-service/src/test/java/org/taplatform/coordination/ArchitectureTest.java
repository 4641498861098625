package org.taplatform.coordination;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.taplatform.testsupport.ArchitectureRules;

import com.tngtech.archunit.core.domain.JavaClasses;

/**
 * coordination-service's layers (docs/architecture.md, "Layers inside a service"): the rules ({@code *.model}, no
 * framework) at the bottom; the read models and their in-memory index above; the features (matching, coverage,
 * overlaps, requests, knowledge, webhooks, the country view) above those; the consumers of the other services' events
 * (intake) and the rebuild on top. Dependencies only point down.
 */
class ArchitectureTest {

    static final String ROOT = "org.taplatform.coordination";
    static final JavaClasses CLASSES = ArchitectureRules.classesOf(ROOT);

    @Test
    void shouldKeepTheRulesFreeOfFrameworks() {
        ArchitectureRules.modelUsesOnlyTheJdkAndOtherModels(ROOT).check(CLASSES);
    }

    @Test
    void shouldLetDependenciesOnlyPointDown() {
        ArchitectureRules.layers(ROOT, List.of("need", "provider", "index"),
                List.of("matching", "coverage", "overlap", "request", "knowledge", "webhook", "country", "overdue", "api"),
                List.of("intake", "rebuild")).check(CLASSES);
    }

    @Test
    void shouldUseNoOtherServicesClasses() {
        ArchitectureRules.noOtherServicesClasses(ROOT).check(CLASSES);
    }
}
