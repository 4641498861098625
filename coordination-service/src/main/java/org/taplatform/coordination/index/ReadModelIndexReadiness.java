package org.taplatform.coordination.index;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until the read-model index is loaded: before that, matches and coverage would read an empty index. */
@Readiness
@ApplicationScoped
public class ReadModelIndexReadiness implements HealthCheck {

    private final IndexMaintenance maintenance;
    private final ReadModelIndex index;

    ReadModelIndexReadiness(IndexMaintenance maintenance, ReadModelIndex index) {
        this.maintenance = maintenance;
        this.index = index;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("read-model index").status(maintenance.isLoaded())
                .withData("needs", index.needCount()).withData("organisations", index.organisationCount())
                .withData("activities", index.activityCount()).build();
    }
}
