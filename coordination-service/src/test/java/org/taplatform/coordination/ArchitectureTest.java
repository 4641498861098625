package org.taplatform.coordination;

import java.util.List;

import org.taplatform.testsupport.ServiceArchitectureTest;

/**
 * coordination-service's layers: the rules (`*.model`, no framework) at the bottom; the read models and their in-
 * memory index above; the features (matching, coverage, overlaps, requests, knowledge, webhooks, the country view,
 * overdue activities) above those; the consumers of the other services' events (intake) and the rebuild on top.
 * Dependencies only point down (docs/architecture.md, "Layers inside a service").
 */
class ArchitectureTest extends ServiceArchitectureTest {

    @Override
    protected String root() {
        return "org.taplatform.coordination";
    }

    @Override
    protected List<String> readModels() {
        return List.of("need", "provider", "index");
    }

    @Override
    protected List<String> features() {
        return List.of("matching", "coverage", "overlap", "request", "knowledge", "webhook", "country", "overdue", "funding", "api");
    }

    @Override
    protected List<String> top() {
        return List.of("intake", "rebuild");
    }
}
