package org.taplatform.survey.cycle;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;
import org.taplatform.reference.paging.Page;
import org.taplatform.reference.paging.PageParameters;
import org.taplatform.reference.paging.Pages;
import java.time.Instant;
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
import org.taplatform.reference.api.Localised;
import org.taplatform.reference.problem.Preconditions;
import org.taplatform.reference.security.Caller;
import org.taplatform.reference.security.Roles;
import org.taplatform.reference.validation.InstrumentCode;

@Path("/api/v1/cycles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reporting cycles", description = "Cycles in which States report on instruments")
@SecurityRequirement(name = "SecurityScheme")
public class CycleResource {

    private final CycleService cycles;
    private final CycleStatisticsService statistics;
    private final Caller caller;

    CycleResource(CycleService cycles, CycleStatisticsService statistics, Caller caller) {
        this.cycles = cycles;
        this.statistics = statistics;
        this.caller = caller;
    }

    @GET
    @Path("/{id}/statistics")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ANALYST, Roles.STATE_FOCAL_POINT })
    @Localised
    @Operation(operationId = "getCycleStatistics", summary = "Response rates of the cycle",
            description = "Per instrument: expected reporters (denominator), respondents (numerator: submitted at least once), the rate in percent (one decimal, half-up), who responded and who did not, and the same by UN M49 region, sub-region and UN regional group. Names in ?lang= or Accept-Language.")
    public CycleStatistics statistics(@PathParam("id") UUID id, @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return statistics.statistics(id, org.taplatform.reference.UnLanguage.negotiate(lang != null ? lang : acceptLanguage));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "openCycle", summary = "Open a reporting cycle",
            description = "Pins the newest published questionnaire of each instrument and takes the States parties during the period as the expected reporters. Publishes ta.survey.cycle.opened.v1.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = CycleView.class)), description = "Opened")
    @APIResponse(responseCode = "409", description = "An instrument has no published questionnaire or no recorded States parties")
    public Response open(@NotNull @Valid OpenCycleRequest request) {
        CycleView cycle = cycles.open(request, caller);
        return Response.created(URI.create("/api/v1/cycles/" + cycle.id())).entity(cycle)
                .tag(etag(cycles.get(cycle.id()).rowVersion)).build();
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.ANALYST, Roles.STATE_FOCAL_POINT })
    @Operation(operationId = "listCycles", summary = "Reporting cycles, newest first")
    public RestResponse<Page<CycleView>> list(@BeanParam @Valid PageParameters page, @Context UriInfo request) {
        List<CycleView> found = cycles.list();
        return Pages.ok(page.slice("cycles", found, Page.latestOf(found, cycle -> Page.latest(cycle.openedAt(),
                cycle.closedAt()))), request);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ANALYST, Roles.STATE_FOCAL_POINT })
    @Operation(operationId = "getCycle", summary = "One reporting cycle")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = CycleView.class)))
    public Response get(@PathParam("id") UUID id) {
        return Response.ok(cycles.find(id)).tag(etag(cycles.get(id).rowVersion)).build();
    }

    @GET
    @Path("/{id}/expected-reporters")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ANALYST })
    @Operation(operationId = "listExpectedReporters", summary = "The States expected to report on an instrument in the cycle (the snapshot taken at opening)")
    public RestResponse<Page<String>> expectedReporters(@PathParam("id") UUID id,
            @NotNull @InstrumentCode @Parameter(example = "UNTOC") @QueryParam("instrument") String instrument, @BeanParam @Valid PageParameters page, @Context UriInfo request) {
        // the snapshot taken when the cycle opened
        Instant openedAt = cycles.get(id).openedAt;
        return Pages.ok(page.slice("expected-reporters " + id + " " + instrument, cycles.expectedReporters(id, instrument),
                openedAt), request);
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "closeCycle", summary = "Close a reporting cycle",
            description = "Responses are no longer accepted. Publishes ta.survey.cycle.closed.v1 with, per instrument, the respondents and the non-respondents, each with the need assumed for it (reporting assistance, source NON_RESPONSE).")
    @APIResponse(responseCode = "409", description = "Already closed")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = CycleView.class)))
    public Response close(@PathParam("id") UUID id,
            @Parameter(description = "the ETag of the cycle you read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        CycleView closed = cycles.close(id, ifMatch, caller);
        return Response.ok(closed).tag(etag(cycles.get(id).rowVersion)).build();
    }

    private static EntityTag etag(int version) {
        return EntityTag.valueOf(Preconditions.etag(version));
    }
}
