package org.taplatform.coordination.overlap;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;
import org.taplatform.reference.paging.Page;
import org.taplatform.reference.paging.PageParameters;
import org.taplatform.reference.paging.Pages;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taplatform.coordination.overlap.model.AlertStatus;
import org.taplatform.reference.problem.Preconditions;
import org.taplatform.reference.problem.ProblemException;
import org.taplatform.reference.security.Caller;
import org.taplatform.reference.security.Roles;
import org.taplatform.reference.validation.CountryCode;

@Path("/api/v1/overlap-alerts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Overlaps", description = "Duplicated or overlapping assistance")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({ Roles.COORDINATOR, Roles.FIELD_OFFICE, Roles.DONOR, Roles.PARTNER })
public class OverlapAlertResource {

    private static final String WHO = " Coordinators: every alert. Donors, partners, field offices (token claim organisation): the alerts on activities their organisation reports, funds, extends or implements; field offices also every alert in the countries of their M49 areas; any other alert is 404. Only coordinators and the two reporting organisations settle an alert (403 for the other readers).";

    private final OverlapAlertService alerts;
    private final Caller caller;

    OverlapAlertResource(OverlapAlertService alerts, Caller caller) {
        this.alerts = alerts;
        this.caller = caller;
    }

    /** Why an alert is dismissed. */
    public record Dismissal(@NotBlank @Size(max = 2000) @Schema(examples = "Different provinces: Thiès and Saint-Louis") String reason) {
    }

    /** Which of the two activities is the copy, and why. */
    public record Merger(@NotBlank @Size(max = 250) @Schema(description = "IATI identifier of the copy: one of the alert's two activities", examples = "XM-DAC-41119-SEN-2026-01") String duplicate,
            @NotBlank @Size(max = 2000) @Schema(examples = "Reported by the donor and by the implementing agency") String reason) {
    }

    @GET
    @Operation(operationId = "listOverlapAlerts", summary = "Overlap alerts", description = "Newest first, with evidence and history." + WHO)
    public RestResponse<Page<OverlapAlertView>> list(@QueryParam("country") @CountryCode String country,
            @QueryParam("status") @Pattern(regexp = "OPEN|ACKNOWLEDGED|MERGED|DISMISSED|CLOSED") String status,
            @QueryParam("severity") @Pattern(regexp = "HIGH|MEDIUM|LOW") String severity,
            @QueryParam("organisation") @Size(max = 100) String organisation, @BeanParam @Valid PageParameters page, @Context UriInfo request) {
        return Pages.ok(alerts.list(new OverlapAlertService.AlertFilter(country,
                status == null ? null : AlertStatus.valueOf(status), severity, organisation), page, caller), request);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOverlapAlert", summary = "One overlap alert", description = "The ETag is its version, for the actions' If-Match." + WHO)
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = OverlapAlertView.class)))
    public Response get(@PathParam("id") UUID id) {
        return tagged(alerts.find(id, caller).orElseThrow(() -> ProblemException.notFound("No overlap alert " + id)));
    }

    @POST
    @Path("/{id}/acknowledge")
    @Operation(operationId = "acknowledgeOverlapAlert", summary = "Acknowledge: seen, both activities go on", description = "From OPEN only (409 otherwise). With If-Match. Kept in the history; no event." + WHO)
    @APIResponse(responseCode = "403", description = "the caller may read the alert but does not report either activity")
    @APIResponse(responseCode = "409", description = "the alert is not OPEN")
    @APIResponse(responseCode = "412", description = "changed since it was read")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = OverlapAlertView.class)))
    public Response acknowledge(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return tagged(alerts.acknowledge(id, ifMatch, caller));
    }

    @POST
    @Path("/{id}/dismiss")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "dismissOverlapAlert", summary = "Dismiss: not an overlap", description = "From OPEN or ACKNOWLEDGED, with a reason and If-Match. Published as ta.coordination.overlap.resolved.v1; detection does not raise it again." + WHO)
    @APIResponse(responseCode = "409", description = "the alert is settled already")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = OverlapAlertView.class)))
    public Response dismiss(@PathParam("id") UUID id, @NotNull @Valid Dismissal dismissal,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return tagged(alerts.dismiss(id, ifMatch, dismissal.reason(), caller));
    }

    @POST
    @Path("/{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "mergeOverlapAlert", summary = "Merge: the same activity reported twice", description = "From OPEN or ACKNOWLEDGED, with If-Match. The duplicate no longer counts for coverage or overlaps here (its other alerts close), and ta.coordination.overlap.resolved.v1 names it so that its organisation can withdraw it from the registry." + WHO)
    @APIResponse(responseCode = "409", description = "the alert is settled already")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = OverlapAlertView.class)))
    public Response merge(@PathParam("id") UUID id, @NotNull @Valid Merger merger,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return tagged(alerts.merge(id, ifMatch, merger.duplicate(), merger.reason(), caller));
    }

    private static Response tagged(OverlapAlertView view) {
        return Response.ok(view).tag(EntityTag.valueOf(Preconditions.etag(view.version()))).build();
    }
}
