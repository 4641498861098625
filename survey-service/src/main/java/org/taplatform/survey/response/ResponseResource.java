package org.taplatform.survey.response;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taplatform.reference.security.Caller;
import org.taplatform.reference.security.Roles;

@Path("/api/v1/responses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Responses", description = "States' responses to self-assessment questionnaires")
@SecurityRequirement(name = "SecurityScheme")
public class ResponseResource {

    private final ResponseService responses;
    private final Caller caller;

    ResponseResource(ResponseService responses, Caller caller) {
        this.responses = responses;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ Roles.STATE_FOCAL_POINT, Roles.COORDINATOR })
    @Operation(summary = "Submit a response for a State",
            description = "A focal point submits for its own country only; a coordinator for any. The needs it states are published as a ta.survey.response.submitted.v1 event.")
    @APIResponse(responseCode = "201", description = "Submitted")
    @APIResponse(responseCode = "400", description = "Invalid response (application/problem+json with the offending fields)")
    @APIResponse(responseCode = "403", description = "Not allowed to act for this country")
    public Response submit(@NotNull @Valid SubmitResponseRequest request) {
        ResponseView submitted = responses.submit(request, caller);
        return Response.created(URI.create("/api/v1/responses/" + submitted.id())).entity(submitted).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.STATE_FOCAL_POINT, Roles.COORDINATOR, Roles.ANALYST })
    @Operation(summary = "One response", description = "A focal point reads its own country's responses only.")
    public ResponseView get(@PathParam("id") UUID id) {
        return responses.find(id, caller);
    }
}
