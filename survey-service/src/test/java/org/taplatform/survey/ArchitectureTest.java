package org.taplatform.survey;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.taplatform.testsupport.ArchitectureRules;

import com.tngtech.archunit.core.domain.JavaClasses;

/**
 * survey-service's layers: the features (questionnaires, reporting cycles, States parties, responses) below the bulk import, which drives them as a background job. Dependencies only point down (docs/architecture.md, "Layers inside a service").
 */
class ArchitectureTest {

    static final String ROOT = "org.taplatform.survey";
    static final JavaClasses CLASSES = ArchitectureRules.classesOf(ROOT);

    @Test
    void shouldKeepTheRulesFreeOfFrameworks() {
        ArchitectureRules.modelUsesOnlyTheJdkAndOtherModels(ROOT).check(CLASSES);
    }

    @Test
    void shouldLetDependenciesOnlyPointDown() {
        ArchitectureRules.layers(ROOT, List.of(), List.of("questionnaire", "cycle", "party", "response"), List.of("bulk")).check(CLASSES);
    }

    @Test
    void shouldUseNoOtherServicesClasses() {
        ArchitectureRules.noOtherServicesClasses(ROOT).check(CLASSES);
    }
}
