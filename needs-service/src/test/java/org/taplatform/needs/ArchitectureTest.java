package org.taplatform.needs;

import java.util.List;

import org.taplatform.testsupport.ServiceArchitectureTest;

/**
 * needs-service's layers: the features (the needs register, cycles, analysis, charts, exports) below the consumers of
 * survey-service's and coordination-service's events (intake). Dependencies only point down (docs/architecture.md,
 * "Layers inside a service").
 */
class ArchitectureTest extends ServiceArchitectureTest {

    @Override
    protected String root() {
        return "org.taplatform.needs";
    }

    @Override
    protected List<String> readModels() {
        return List.of();
    }

    @Override
    protected List<String> features() {
        return List.of("need", "cycle", "analysis", "chart", "export");
    }

    @Override
    protected List<String> top() {
        return List.of("intake");
    }
}
