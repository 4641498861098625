package org.taplatform.registry.pledge;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.BeanParam;
import org.jboss.resteasy.reactive.RestResponse;
import org.taplatform.reference.paging.Page;
import org.taplatform.reference.paging.PageParameters;
import org.taplatform.reference.paging.Pages;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taplatform.reference.problem.Preconditions;
import org.taplatform.reference.security.Caller;
import org.taplatform.reference.security.Roles;
import org.taplatform.reference.validation.CountryCode;
import org.taplatform.registry.support.Editors;

@Path("/api/v1/pledges")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pledges", description = "Funding pledged, committed and disbursed: to needs, countries and themes, activities")
@SecurityRequirement(name = "SecurityScheme")
public class PledgeResource {

    private final PledgeService pledges;
    private final Caller caller;

    PledgeResource(PledgeService pledges, Caller caller) {
        this.pledges = pledges;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.FIELD_OFFICE, Roles.DONOR, Roles.PARTNER, Roles.STATE_FOCAL_POINT, Roles.ANALYST })
    @Operation(operationId = "listPledges", summary = "Pledges, filtered", description = "For users of the platform. Filters: country, donor, need, activity; oldest first, in pages.")
    public RestResponse<Page<PledgeView>> list(@QueryParam("country") @CountryCode String country,
            @QueryParam("donor") @Size(max = 100) String donor, @QueryParam("needId") UUID needId,
            @QueryParam("activityId") UUID activityId, @BeanParam @Valid PageParameters page, @Context UriInfo request) {
        return Pages.ok(pledges.list(country, donor, needId, activityId, page), request);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.FIELD_OFFICE, Roles.DONOR, Roles.PARTNER, Roles.STATE_FOCAL_POINT, Roles.ANALYST })
    @Operation(operationId = "getPledge", summary = "One pledge", description = "The ETag is its version, for If-Match.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = PledgeView.class)))
    public Response get(@PathParam("id") UUID id) {
        return tagged(Response.ok(), PledgeView.of(pledges.get(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.DONOR, Roles.PARTNER, Roles.FIELD_OFFICE })
    @Operation(operationId = "recordPledge", summary = "Record a pledge or a commitment",
            description = "To a need, an activity (with the country among its recipients), a theme, or a whole country. A donor records its own organisation's pledges only; coordinators any. Published as ta.registry.pledge.recorded.v1, keyed by the country.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = PledgeView.class)), description = "recorded")
    public Response record(@NotNull @Valid PledgeRequest request) {
        Editors.requireMayEdit(caller, request.donor());
        Pledge pledge = pledges.record(request, caller.name());
        return tagged(Response.created(URI.create("/api/v1/pledges/" + pledge.id)), PledgeView.of(pledge));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.DONOR, Roles.PARTNER, Roles.FIELD_OFFICE })
    @Operation(operationId = "changePledge", summary = "Change a pledge's amount or status",
            description = "Pledged, then committed, then disbursed; cancelled before it is disbursed (409 otherwise); the donor and target stay. With If-Match. Published as ta.registry.pledge.changed.v1.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = PledgeView.class)))
    public Response change(@PathParam("id") UUID id, @NotNull @Valid PledgeRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Editors.requireMayEdit(caller, pledges.get(id).donor);
        return tagged(Response.ok(), PledgeView.of(pledges.change(id, request, ifMatch)));
    }

    private static Response tagged(Response.ResponseBuilder builder, PledgeView view) {
        return builder.entity(view).tag(EntityTag.valueOf(Preconditions.etag(view.version()))).build();
    }
}
