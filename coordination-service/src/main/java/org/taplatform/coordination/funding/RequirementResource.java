package org.taplatform.coordination.funding;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taplatform.reference.problem.Preconditions;
import org.taplatform.reference.security.Caller;
import org.taplatform.reference.security.Roles;

@Path("/api/v1/needs/{id}/requirement")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Funding")
@SecurityRequirement(name = "SecurityScheme")
public class RequirementResource {

    private final FundingService funding;
    private final Caller caller;

    RequirementResource(FundingService funding, Caller caller) {
        this.funding = funding;
        this.caller = caller;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.STATE_FOCAL_POINT })
    @Operation(operationId = "setNeedRequirement", summary = "Set what meeting a need would cost",
            description = "The requirement of the funding view, agreed in coordination as a response plan's requirements are: an amount in an ISO 4217 currency and its basis. Coordinators for any need; a State's focal point for its own State's needs. The first time without If-Match; a change with the ETag it read.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = FundingViews.RequirementView.class)))
    @APIResponse(responseCode = "404", description = "no such need, or one the caller may not see")
    @APIResponse(responseCode = "412", description = "changed since it was read")
    @APIResponse(responseCode = "428", description = "If-Match missing for a requirement that exists")
    public Response require(@PathParam("id") UUID id, @NotNull @Valid RequirementRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        NeedRequirement requirement = funding.require(id, request, ifMatch, caller);
        return Response.ok(FundingViews.RequirementView.of(requirement))
                .tag(EntityTag.valueOf(Preconditions.etag(requirement.version))).build();
    }
}
