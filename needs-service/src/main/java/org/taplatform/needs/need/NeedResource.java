package org.taplatform.needs.need;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taplatform.reference.UnLanguage;
import org.taplatform.reference.paging.Page;
import org.taplatform.reference.paging.PageParameters;
import org.taplatform.reference.paging.Pages;
import org.taplatform.reference.problem.Preconditions;
import org.taplatform.reference.security.Caller;
import org.taplatform.reference.security.Roles;

@Path("/api/v1/needs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Needs", description = "The consolidated needs register, within each State's sharing consent")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({ Roles.COORDINATOR, Roles.STATE_FOCAL_POINT, Roles.DONOR, Roles.PARTNER, Roles.FIELD_OFFICE })
public class NeedResource {

    private static final String IF_MATCH = "the ETag of the need you read";

    private final NeedService needs;
    private final ManualNeedService manualNeeds;
    private final NeedStatusService statuses;
    private final Caller caller;

    NeedResource(NeedService needs, ManualNeedService manualNeeds, NeedStatusService statuses, Caller caller) {
        this.needs = needs;
        this.manualNeeds = manualNeeds;
        this.statuses = statuses;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listNeeds", summary = "Needs the caller may see, filtered, in pages",
            description = "Donors, partners and field offices see needs shared with providers and donors or public; a focal point also sees all of its own country's; coordinators see all (analysts: the analysis API only). Every filter is a code of the reference data (unknown codes: 400). The order is stable (the sort key, then the id); follow next (or the Link header) with the same filters and sort; asOf is when the selected needs last changed. Labels in ?lang= or Accept-Language (six UN languages; any other language gets English, and Content-Language says which).")
    public RestResponse<Page<NeedView>> list(@BeanParam @Valid NeedQuery query, @BeanParam @Valid PageParameters page,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage, @Context UriInfo request) {
        UnLanguage language = UnLanguage.negotiate(query.lang != null ? query.lang : acceptLanguage);
        RestResponse<Page<NeedView>> answer = Pages.ok(needs.query(query, page, NeedReader.of(caller), language),
                request);
        answer.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, language.tag());
        return answer;
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getNeed", summary = "One need", description = "404 also when the State's consent does not let the caller see it. The ETag is the need's version, for If-Match on changes.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = NeedView.class)))
    public Response get(@PathParam("id") UUID id, @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        UnLanguage language = UnLanguage.negotiate(lang != null ? lang : acceptLanguage);
        NeedView need = needs.find(id, NeedReader.of(caller), language)
                .orElseThrow(() -> new NotFoundException("No need " + id));
        return tagged(Response.ok(need), need).header(HttpHeaders.CONTENT_LANGUAGE, language.tag()).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "recordNeed", summary = "Record a need from a State's written request (source MANUAL)",
            description = "For a request a State makes outside a survey (a note verbale, a letter). Published as ta.needs.need.registered.v1 with the consent given.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = NeedView.class)), description = "recorded; Location and ETag of the new need")
    public Response record(@NotNull @Valid ManualNeedRequest request) {
        NeedView need = NeedView.of(manualNeeds.record(request, caller.name()), UnLanguage.FALLBACK);
        return tagged(Response.created(URI.create("/api/v1/needs/" + need.id())), need).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "correctNeed", summary = "Correct a need recorded by hand",
            description = "Only needs of source MANUAL (409 otherwise: a survey need changes with the State's response). Requires If-Match.")
    @APIResponse(responseCode = "412", description = "the need changed since it was read")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = NeedView.class)))
    public Response correct(@PathParam("id") UUID id, @NotNull @Valid ManualNeedRequest request,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        NeedView need = NeedView.of(manualNeeds.correct(id, request, ifMatch), UnLanguage.FALLBACK);
        return tagged(Response.ok(), need).build();
    }

    @POST
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "withdrawNeed", summary = "Withdraw a need recorded by hand",
            description = "Only needs of source MANUAL (a survey need is withdrawn by the State's response). Published as ta.needs.need.withdrawn.v1. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = NeedView.class)))
    public Response withdraw(@PathParam("id") UUID id, @NotNull @Valid WithdrawalRequest request,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        NeedView need = NeedView.of(manualNeeds.withdraw(id, request, ifMatch), UnLanguage.FALLBACK);
        return tagged(Response.ok(), need).build();
    }

    @PUT
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "setNeedStatus", summary = "Set a need's status by hand",
            description = "OPEN, MATCHED, IN_PROGRESS or COVERED, with the reason; coordination-service sets it too as it learns of matches, activities and pledges. A withdrawn need, or one superseded or resolved by the State in a later reporting cycle: 409. Published as ta.needs.need.status-changed.v1. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = NeedView.class)))
    public Response setStatus(@PathParam("id") UUID id, @NotNull @Valid StatusChangeRequest request,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        NeedView need = NeedView.of(statuses.set(id, request, caller.name(), ifMatch), UnLanguage.FALLBACK);
        return tagged(Response.ok(), need).build();
    }

    @POST
    @Path("/{id}/met")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.STATE_FOCAL_POINT, Roles.COORDINATOR })
    @Operation(operationId = "markNeedMet", summary = "The State says its need is met",
            description = "By the focal point of the need's country (another country's need is 404) or a coordinator, with how it was met: the need becomes RESOLVED (no gap, no proposal in coordination-service; kept in the history). A need withdrawn, superseded or resolved already: 409. Published as ta.needs.need.status-changed.v1. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = NeedView.class)))
    public Response met(@PathParam("id") UUID id, @NotNull @Valid MetRequest request,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        NeedView need = NeedView.of(statuses.met(id, request, caller, ifMatch), UnLanguage.FALLBACK);
        return tagged(Response.ok(), need).build();
    }

    private static Response.ResponseBuilder tagged(Response.ResponseBuilder builder, NeedView need) {
        return builder.entity(need).tag(EntityTag.valueOf(Preconditions.etag(need.version())));
    }
}
