package org.taplatform.survey;

import java.util.List;

import org.taplatform.testsupport.ServiceArchitectureTest;

/**
 * survey-service's layers: the features (questionnaires, reporting cycles, States parties, responses) below the bulk
 * import, which drives them as a background job. Dependencies only point down (docs/architecture.md, "Layers inside a
 * service").
 */
class ArchitectureTest extends ServiceArchitectureTest {

    @Override
    protected String root() {
        return "org.taplatform.survey";
    }

    @Override
    protected List<String> readModels() {
        return List.of();
    }

    @Override
    protected List<String> features() {
        return List.of("questionnaire", "cycle", "party", "response");
    }

    @Override
    protected List<String> top() {
        return List.of("bulk");
    }
}
