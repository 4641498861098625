package org.taplatform.registry;

import java.util.List;

import org.taplatform.testsupport.ServiceArchitectureTest;

/**
 * provider-registry-service's layers: the features (organisations, capabilities, activities, pledges, authorities,
 * tools, evaluations, IATI) below the consumer of coordination-service's events (intake). Dependencies only point down
 * (docs/architecture.md, "Layers inside a service").
 */
class ArchitectureTest extends ServiceArchitectureTest {

    @Override
    protected String root() {
        return "org.taplatform.registry";
    }

    @Override
    protected List<String> readModels() {
        return List.of();
    }

    @Override
    protected List<String> features() {
        return List.of("organisation", "capability", "activity", "pledge", "authority", "tool", "evaluation", "iati", "support");
    }

    @Override
    protected List<String> top() {
        return List.of("intake");
    }
}
