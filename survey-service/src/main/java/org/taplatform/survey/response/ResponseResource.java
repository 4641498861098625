package org.taplatform.survey.response;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taplatform.reference.problem.Preconditions;
import org.taplatform.reference.security.Caller;
import org.taplatform.reference.security.Roles;
import org.taplatform.reference.validation.CountryCode;
import org.taplatform.reference.validation.InstrumentCode;

/**
 * A State's responses. Focal points act for their own country only, coordinators for any; analysts, donors,
 * partners and field offices never see raw responses (their view of needs is needs-service's, within consent).
 */
@Path("/api/v1/responses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Responses", description = "States' responses to self-assessment questionnaires, with their revisions")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({ Roles.STATE_FOCAL_POINT, Roles.COORDINATOR })
public class ResponseResource {

    private static final String IF_MATCH = "the ETag of the response you read";

    private final ResponseService responses;
    private final Caller caller;

    ResponseResource(ResponseService responses, Caller caller) {
        this.responses = responses;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createResponse", summary = "Start a response", description = "A draft for one State, instrument and open cycle; the State must be one of the cycle's expected reporters.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ResponseView.class)), description = "Drafted; ETag header for the next change")
    @APIResponse(responseCode = "409", description = "The cycle is closed, the State is not expected to report, or the response exists")
    public Response create(@NotNull @Valid ResponseRequests.Create request) {
        ResponseView response = responses.create(request, caller);
        return withTag(Response.created(URI.create("/api/v1/responses/" + response.id())), response);
    }

    @GET
    @Operation(operationId = "listResponses", summary = "Responses, newest first", description = "A focal point sees only its own country's.")
    public RestResponse<Page<ResponseView>> list(@QueryParam("cycleId") UUID cycleId,
            @Parameter(example = "KEN") @QueryParam("country") @CountryCode String country,
            @QueryParam("instrument") @InstrumentCode String instrument,
            @QueryParam("status") SurveyResponse.Status status, @BeanParam @Valid PageParameters page, @Context UriInfo request) {
        List<ResponseView> found = responses.list(cycleId, country, instrument, status, caller);
        return Pages.ok(page.slice("responses", found, Page.latestOf(found, ResponseView::updatedAt)), request);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getResponse", summary = "One response, with its answers and their per-question report")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ResponseView.class)))
    public Response get(@PathParam("id") UUID id) {
        return withTag(Response.ok(), responses.find(id, caller));
    }

    @PUT
    @Path("/{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveAnswers", summary = "Save the answers of a draft (or of a reopened response)",
            description = "Replaces the answers; they may be incomplete. Answers that do not fit their question, or answers to questions of another questionnaire version, are refused with one violation each. A submitted response is changed by an amendment, not here (409).")
    @APIResponse(responseCode = "400", description = "Answers that do not fit their questions; nothing saved")
    @APIResponse(responseCode = "409", description = "Submitted already, or the cycle is closed")
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ResponseView.class)))
    public Response saveAnswers(@PathParam("id") UUID id, @NotNull @Valid ResponseRequests.SaveAnswers answers,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(Response.ok(), responses.saveAnswers(id, answers, ifMatch, caller));
    }

    @GET
    @Path("/{id}/validation")
    @Operation(operationId = "validateResponse", summary = "How the answers stand against the questionnaire, question by question")
    public AnswerReport validation(@PathParam("id") UUID id) {
        return responses.validate(id, caller);
    }

    @POST
    @Path("/{id}/submit")
    @Operation(operationId = "submitResponse", summary = "Submit the response",
            description = "Only a complete response (every required question answered, every answer valid) is submitted: it becomes a revision, and ta.survey.response.submitted.v1 announces it with its needs.")
    @APIResponse(responseCode = "422", description = "Incomplete or invalid: the problem carries the per-question report")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ResponseView.class)))
    public Response submit(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(Response.ok(), responses.submit(id, ifMatch, caller));
    }

    @POST
    @Path("/{id}/amendments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "amendResponse", summary = "Amend a submitted response",
            description = "A new revision with all the answers and the reason; its needs replace those of the revision it amends (ta.survey.response.amended.v1). The history keeps every revision.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ResponseView.class)))
    public Response amend(@PathParam("id") UUID id, @NotNull @Valid ResponseRequests.Amend amendment,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(Response.ok(), responses.amend(id, amendment, ifMatch, caller));
    }

    @POST
    @Path("/{id}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "reopenResponse", summary = "Reopen a submitted response for changes (coordinators)",
            description = "The focal point can then save answers and submit again; meanwhile its needs are withdrawn (ta.survey.response.reopened.v1).")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ResponseView.class)))
    public Response reopen(@PathParam("id") UUID id, @NotNull @Valid ResponseRequests.Reopen reopen,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(Response.ok(), responses.reopen(id, reopen, ifMatch, caller));
    }

    @GET
    @Path("/{id}/revisions")
    @Operation(operationId = "listResponseRevisions", summary = "The response's history: every submission and amendment, who, when, why, what changed")
    public RestResponse<Page<RevisionView>> revisions(@PathParam("id") UUID id, @BeanParam @Valid PageParameters page, @Context UriInfo request) {
        List<RevisionView> found = responses.revisions(id, caller);
        return Pages.ok(page.slice("revisions " + id, found, Page.latestOf(found, RevisionView::recordedAt)), request);
    }

    private static Response withTag(Response.ResponseBuilder builder, ResponseView response) {
        return builder.entity(response).tag(EntityTag.valueOf(Preconditions.etag(response.version()))).build();
    }
}
