package org.taplatform.coordination.overdue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.ws.rs.BeanParam;
import jakarta.validation.Valid;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;
import org.taplatform.reference.paging.Page;
import org.taplatform.reference.paging.PageParameters;
import org.taplatform.reference.paging.Pages;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taplatform.coordination.provider.ActivityReadModel;
import org.taplatform.reference.security.Caller;
import org.taplatform.reference.security.Roles;

@Path("/api/v1/organisations/{identifier}/overdue-activities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activities", description = "Activities as coordination counts them")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({ Roles.COORDINATOR, Roles.FIELD_OFFICE, Roles.DONOR, Roles.PARTNER })
public class OverdueActivityResource {

    /** An activity to update in the registry: why it is overdue. */
    public record OverdueActivity(@Schema(example = "5f0c6a1e-3b7d-4c2a-9e1f-8a2b4c6d8e0f") UUID id, @Schema(example = "XM-DAC-41128-ROEA-KEN-2021-04") String iatiIdentifier, @Schema(example = "2") String status, Map<String, String> titles,
            LocalDate end, List<String> countries) {
    }

    private final OverdueActivities overdue;
    private final Caller caller;

    OverdueActivityResource(OverdueActivities overdue, Caller caller) {
        this.overdue = overdue;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listOverdueActivities", summary = "An organisation's activities overdue for an update",
            description = "Still reported in pipeline (1) or implementation (2) although their actual, else planned, end passed more than the grace ago (coordination.activities.update-grace, 90 days): they no longer count as live for overlaps or coverage until updated in the registry (status finalisation or closed, or new dates). Latest end first. Coordinators, or the organisation itself (token claim organisation); 403 otherwise.")
    public RestResponse<Page<OverdueActivity>> list(@PathParam("identifier") String identifier, @BeanParam @Valid PageParameters page, @Context UriInfo request) {
        caller.requireActsForOrganisation(identifier, "overdue activities");
        List<ActivityReadModel> found = overdue.of(identifier);
        return Pages.ok(page.slice("overdue-activities " + identifier,
                found.stream().map(OverdueActivityResource::view).toList(),
                Page.latestOf(found, activity -> activity.overdueAnnouncedAt)), request);
    }

    private static OverdueActivity view(ActivityReadModel activity) {
        return new OverdueActivity(activity.id, activity.iatiIdentifier, activity.status, activity.titles,
                activity.actualEnd != null ? activity.actualEnd : activity.plannedEnd,
                List.of(activity.recipientCountries));
    }
}
