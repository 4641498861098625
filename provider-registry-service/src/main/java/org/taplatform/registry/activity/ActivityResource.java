package org.taplatform.registry.activity;

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

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.validation.constraints.Size;
import org.taplatform.reference.validation.CountryCode;
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
import org.taplatform.registry.support.Editors;

@Path("/api/v1/activities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activities", description = "TA activities in IATI 2.03 terms, with the needs they answer and their audit history")
@SecurityRequirement(name = "SecurityScheme")
public class ActivityResource {

    private static final String EDITORS = " A field office, donor or partner reports for its own organisation only (the reporting organisation must be the organisation claim of its token); coordinators for any.";

    private final ActivityService activities;
    private final Caller caller;

    ActivityResource(ActivityService activities, Caller caller) {
        this.activities = activities;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listActivities", summary = "Activities, by IATI identifier, in pages",
            description = "Public: what IATI publishes anyway. Filters: recipient country, reporting organisation, IATI status, TA subtype; withdrawn ones only with ?withdrawn=true. In pages by IATI identifier; asOf is when the selected activities last changed.")
    public RestResponse<Page<ActivityView>> list(@BeanParam @Valid ActivityFilter filter,
            @BeanParam @Valid PageParameters page, @Context UriInfo request) {
        return Pages.ok(activities.list(filter, page), request);
    }

    @GET
    @Path("/unclassified")
    @RolesAllowed({ Roles.COORDINATOR, Roles.FIELD_OFFICE, Roles.DONOR, Roles.PARTNER })
    @Operation(operationId = "listUnclassifiedActivities", summary = "Activities waiting for their TA subtypes, with suggestions",
            description = "Activities registered without a TA subtype (an IATI file's activity with no tag of the TA taxonomy) are kept, funding and all, and wait here for a coordinator: each with up to three suggested subtypes (from the words of its titles and descriptions and its DAC sectors, each with its reasons) and the instruments its text names. Give them with PUT /api/v1/activities/{id}/classification. Coordinators see every publisher's; a field office, donor or partner its own organisation's. In pages by IATI identifier.")
    public RestResponse<Page<UnclassifiedActivity>> unclassified(@QueryParam("country") @CountryCode String country,
            @QueryParam("organisation") @Size(max = 100) String organisation, @BeanParam @Valid PageParameters page,
            @Context UriInfo request) {
        String scope = caller.isCoordinator() ? organisation : caller.organisation().orElseThrow(() ->
                new jakarta.ws.rs.ForbiddenException("An account without an organisation claim sees no queue"));
        if (organisation != null && !organisation.equals(scope)) {
            throw new jakarta.ws.rs.ForbiddenException("Another organisation's activities are its own to classify");
        }
        return Pages.ok(activities.unclassified(country, scope, page), request);
    }

    @PUT
    @Path("/{id}/classification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.FIELD_OFFICE, Roles.DONOR, Roles.PARTNER })
    @Operation(operationId = "classifyActivity", summary = "Give an activity its TA subtypes",
            description = "Sets its TA subtypes, and its instruments and articles when given (left out, they stay). With If-Match. Audited as CLASSIFIED and published as ta.registry.activity.updated.v1 per recipient country, so coordination matches and compares it from then on. A later IATI import of the activity without tags of the taxonomy keeps this classification." + EDITORS)
    @APIResponse(responseCode = "412", description = "changed since it was read")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ActivityView.class)))
    public Response classify(@PathParam("id") UUID id, @NotNull @Valid ClassificationRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Editors.requireMayEdit(caller, activities.get(id).reportingOrganisation);
        return tagged(Response.ok(), ActivityView.of(activities.classify(id, request, ifMatch, caller.name())));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getActivity", summary = "One activity", description = "The ETag is its version, for If-Match.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ActivityView.class)))
    public Response get(@PathParam("id") UUID id) {
        return tagged(Response.ok(), ActivityView.of(activities.get(id)));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.COORDINATOR, Roles.FIELD_OFFICE, Roles.DONOR, Roles.PARTNER, Roles.STATE_FOCAL_POINT, Roles.ANALYST })
    @Operation(operationId = "getActivityHistory", summary = "The activity's audit history", description = "Every change: version, who, when, and each field changed with its value before and after. A registration lists no fields: its content is the first version, which the later entries lead back to.")
    public RestResponse<Page<ActivityView.ChangeView>> history(@PathParam("id") UUID id,
            @BeanParam @Valid PageParameters page, @Context UriInfo request) {
        List<ActivityView.ChangeView> changes = activities.history(id).stream().map(ActivityView.ChangeView::of).toList();
        return Pages.ok(page.slice("activity-history " + id, changes, Page.latestOf(changes, ActivityView.ChangeView::changedAt)),
                request);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.FIELD_OFFICE, Roles.DONOR, Roles.PARTNER })
    @Operation(operationId = "registerActivity", summary = "Register an activity",
            description = "Its IATI identifier is reportingOrganisation-localId (409 if registered already). Checked: codes, dates in order, recipient and sector percentages adding up to 100, budget not negative in an ISO 4217 currency. Published as ta.registry.activity.registered.v1, once per recipient country." + EDITORS)
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ActivityView.class)), description = "registered; Location and ETag")
    public Response register(@NotNull @Valid ActivityRequest request) {
        Editors.requireMayEdit(caller, request.reportingOrganisation());
        Activity activity = activities.register(request, caller.name());
        return tagged(Response.created(URI.create("/api/v1/activities/" + activity.id)), ActivityView.of(activity));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.FIELD_OFFICE, Roles.DONOR, Roles.PARTNER })
    @Operation(operationId = "updateActivity", summary = "Change an activity",
            description = "The whole activity, with If-Match. Published as ta.registry.activity.updated.v1 (and status-changed.v1 when the status changed) per recipient country, former ones included; a request that changes nothing changes nothing." + EDITORS)
    @APIResponse(responseCode = "412", description = "changed since it was read")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ActivityView.class)))
    public Response update(@PathParam("id") UUID id, @NotNull @Valid ActivityRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Editors.requireMayEdit(caller, activities.get(id).reportingOrganisation);
        Editors.requireMayEdit(caller, request.reportingOrganisation());
        return tagged(Response.ok(), ActivityView.of(activities.update(id, request, ifMatch, caller.name())));
    }

    @POST
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.FIELD_OFFICE, Roles.DONOR, Roles.PARTNER })
    @Operation(operationId = "withdrawActivity", summary = "Withdraw an activity", description = "Reported in error or twice. With If-Match. Published as ta.registry.activity.withdrawn.v1 per recipient country." + EDITORS)
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ActivityView.class)))
    public Response withdraw(@PathParam("id") UUID id, @NotNull @Valid WithdrawalRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Editors.requireMayEdit(caller, activities.get(id).reportingOrganisation);
        return tagged(Response.ok(), ActivityView.of(activities.withdraw(id, request.reason(), ifMatch, caller.name())));
    }

    private static Response tagged(Response.ResponseBuilder builder, ActivityView view) {
        return builder.entity(view).tag(EntityTag.valueOf(Preconditions.etag(view.version()))).build();
    }
}
