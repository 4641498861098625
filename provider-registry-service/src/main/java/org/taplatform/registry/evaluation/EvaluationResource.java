package org.taplatform.registry.evaluation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.taplatform.registry.activity.Activity;
import org.taplatform.registry.support.Editors;

@Path("/api/v1/activities/{id}/evaluation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluations", description = "Results, ratings and lessons of finished activities, shared with every registered provider")
@SecurityRequirement(name = "SecurityScheme")
public class EvaluationResource {

    private final EvaluationService evaluations;
    private final Caller caller;

    EvaluationResource(EvaluationService evaluations, Caller caller) {
        this.evaluations = evaluations;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.FIELD_OFFICE, Roles.DONOR, Roles.PARTNER })
    @Operation(operationId = "getEvaluation", summary = "A finished activity's evaluation", description = "For registered providers and coordinators. The ETag is its version.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = EvaluationView.class)))
    public Response get(@PathParam("id") UUID id) {
        return tagged(Response.ok(), evaluations.get(id), evaluations.activity(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.FIELD_OFFICE, Roles.DONOR, Roles.PARTNER })
    @Operation(operationId = "recordEvaluation", summary = "Record the evaluation of a finished activity", description = "By the reporting organisation's people or a coordinator; the activity must be finished (IATI status 3 or 4), else 409; 409 if it has one. Published as ta.registry.evaluation.recorded.v1.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = EvaluationView.class)), description = "recorded")
    public Response record(@PathParam("id") UUID id, @NotNull @Valid EvaluationRequest request) {
        Activity activity = evaluations.activity(id);
        Editors.requireMayEdit(caller, activity.reportingOrganisation);
        Evaluation evaluation = evaluations.record(id, request, caller.name());
        return tagged(Response.created(URI.create("/api/v1/activities/" + id + "/evaluation")), evaluation, activity);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.FIELD_OFFICE, Roles.DONOR, Roles.PARTNER })
    @Operation(operationId = "replaceEvaluation", summary = "Replace the evaluation", description = "Same rights, with If-Match. Published again.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = EvaluationView.class)))
    public Response replace(@PathParam("id") UUID id, @NotNull @Valid EvaluationRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Activity activity = evaluations.activity(id);
        Editors.requireMayEdit(caller, activity.reportingOrganisation);
        return tagged(Response.ok(), evaluations.replace(id, request, ifMatch, caller.name()), activity);
    }

    private static Response tagged(Response.ResponseBuilder builder, Evaluation evaluation, Activity activity) {
        return builder.entity(EvaluationView.of(evaluation, activity))
                .tag(EntityTag.valueOf(Preconditions.etag(evaluation.version))).build();
    }
}
