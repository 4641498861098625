package org.taplatform.coordination.request;

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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.taplatform.coordination.request.model.RequestStatus;
import org.taplatform.reference.problem.Preconditions;
import org.taplatform.reference.problem.ProblemException;
import org.taplatform.reference.security.Caller;
import org.taplatform.reference.security.Roles;
import org.taplatform.reference.validation.CountryCode;

@Path("/api/v1/requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "TA requests", description = "States ask for assistance; organisations offer; the State accepts one offer")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({ Roles.COORDINATOR, Roles.STATE_FOCAL_POINT, Roles.FIELD_OFFICE, Roles.DONOR, Roles.PARTNER })
public class RequestResource {

    private static final String WHO = " Coordinators see every request; a focal point its country's; an organisation those forwarded to it, with its own offers only. Any other request is 404.";

    private final RequestService requests;
    private final Caller caller;

    RequestResource(RequestService requests, Caller caller) {
        this.requests = requests;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listRequests", summary = "TA requests", description = "Newest first, with offers and history." + WHO)
    public RestResponse<Page<RequestView>> list(@QueryParam("country") @CountryCode String country,
            @QueryParam("status") @Pattern(regexp = "SUBMITTED|FORWARDED|ACCEPTED|FULFILLED|CANCELLED") String status, @BeanParam @Valid PageParameters page, @Context UriInfo request) {
        return Pages.ok(requests.list(country, status == null ? null : RequestStatus.valueOf(status), page, caller),
                request);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRequest", summary = "One TA request", description = "The ETag is its version, for If-Match." + WHO)
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = RequestView.class)))
    public Response get(@PathParam("id") UUID id) {
        return tagged(Response.ok(), requests.find(id, caller).orElseThrow(() -> ProblemException.notFound("No request " + id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.STATE_FOCAL_POINT })
    @Operation(operationId = "submitRequest", summary = "Request assistance with some of a State's needs",
            description = "A focal point for its own country (403 otherwise), or a coordinator for any. The needs must be the country's, registered and not withdrawn (400 names each that is not). Status SUBMITTED; published as ta.coordination.request.changed.v1.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = RequestView.class)), description = "submitted; Location and ETag")
    public Response submit(@NotNull @Valid RequestCommands.Submission submission) {
        RequestView view = requests.submit(submission, caller);
        return tagged(Response.created(URI.create("/api/v1/requests/" + view.id())), view);
    }

    @POST
    @Path("/{id}/forward")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "forwardRequest", summary = "Forward the request to organisations", description = "Coordinators, with If-Match; from SUBMITTED or FORWARDED (to add organisations), 409 otherwise. The organisations must be registered. They may then offer; each is told through ta.coordination.request.changed.v1 (forwardedTo), which subscriptions deliver.")
    @APIResponse(responseCode = "409", description = "accepted, fulfilled or cancelled already")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = RequestView.class)))
    public Response forward(@PathParam("id") UUID id, @NotNull @Valid RequestCommands.Forwarding forwarding,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return tagged(Response.ok(), requests.forward(id, ifMatch, forwarding, caller));
    }

    @POST
    @Path("/{id}/offers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.FIELD_OFFICE, Roles.DONOR, Roles.PARTNER })
    @Operation(operationId = "makeOffer", summary = "Offer to answer the request", description = "An organisation the request was forwarded to (its token's organisation claim; 403 otherwise), while the request is FORWARDED (409 otherwise), one open offer per organisation. Published as ta.coordination.offer.changed.v1.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = RequestView.class)), description = "offered; the request with the offer")
    public Response offer(@PathParam("id") UUID id, @NotNull @Valid RequestCommands.Proposal proposal) {
        RequestView view = requests.offer(id, proposal, caller);
        return tagged(Response.status(Response.Status.CREATED), view);
    }

    @POST
    @Path("/{id}/offers/{offerId}/accept")
    @RolesAllowed({ Roles.COORDINATOR, Roles.STATE_FOCAL_POINT })
    @Operation(operationId = "acceptOffer", summary = "Accept an offer", description = "The State's focal point or a coordinator, with the request's If-Match; the request must be FORWARDED and the offer SUBMITTED (409 otherwise). The other open offers are declined with notice (ta.coordination.offer.changed.v1, DECLINED); ta.coordination.offer.accepted.v1 asks the registry to register the activity (pipeline) under activityIdentifier; the request is FULFILLED when the registry announces it.")
    @APIResponse(responseCode = "409", description = "not FORWARDED, or the offer is not open")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = RequestView.class)))
    public Response accept(@PathParam("id") UUID id, @PathParam("offerId") UUID offerId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return tagged(Response.ok(), requests.accept(id, offerId, ifMatch, caller));
    }

    @POST
    @Path("/{id}/offers/{offerId}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.FIELD_OFFICE, Roles.DONOR, Roles.PARTNER })
    @Operation(operationId = "withdrawOffer", summary = "Withdraw an open offer", description = "The offering organisation (or a coordinator), with a reason; only a SUBMITTED offer (409 otherwise).")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = RequestView.class)))
    public Response withdrawOffer(@PathParam("id") UUID id, @PathParam("offerId") UUID offerId,
            @NotNull @Valid RequestCommands.Reason reason) {
        return tagged(Response.ok(), requests.withdrawOffer(id, offerId, reason.reason(), caller));
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.STATE_FOCAL_POINT })
    @Operation(operationId = "cancelRequest", summary = "Cancel the request", description = "The State's focal point or a coordinator, with a reason and If-Match, before an offer is accepted (409 after). Open offers are declined with notice.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = RequestView.class)))
    public Response cancel(@PathParam("id") UUID id, @NotNull @Valid RequestCommands.Reason reason,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return tagged(Response.ok(), requests.cancel(id, ifMatch, reason.reason(), caller));
    }

    private static Response tagged(Response.ResponseBuilder builder, RequestView view) {
        return builder.entity(view).tag(EntityTag.valueOf(Preconditions.etag(view.version()))).build();
    }
}
