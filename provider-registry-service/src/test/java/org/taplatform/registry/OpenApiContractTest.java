package org.taplatform.registry;

import org.taplatform.testsupport.TestInfrastructure;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** This service's OpenAPI document: docs/api-guidelines.md and the contract committed in docs/openapi/. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class OpenApiContractTest extends org.taplatform.testsupport.OpenApiContractTest {

    @Override
    protected String service() {
        return "provider-registry-service";
    }
}
