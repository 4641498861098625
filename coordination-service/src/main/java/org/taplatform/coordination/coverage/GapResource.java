package org.taplatform.coordination.coverage;


import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taplatform.reference.security.Caller;
import org.taplatform.reference.security.Roles;
import org.taplatform.reference.validation.CountryCode;
import org.taplatform.reference.validation.InstrumentCode;
import org.taplatform.reference.validation.RegionCode;

@Path("/api/v1/gaps")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Coverage and gaps", description = "How far needs are answered, and what no one answers")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({ Roles.COORDINATOR, Roles.STATE_FOCAL_POINT, Roles.DONOR, Roles.PARTNER, Roles.FIELD_OFFICE })
public class GapResource {

    private final GapService gaps;
    private final Caller caller;

    GapResource(GapService gaps, Caller caller) {
        this.gaps = gaps;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listGaps", summary = "Needs not covered yet, by country, with their evidence",
            description = "The needs the caller may see (consent) that are unmet or partly covered, filtered by country, M49 area (region: the countries in it), instrument and TA type; each with its coverage, its evidence, and whether any registered organisation has a capability of its TA subtype (none: a gap no one can fill today). Counts by level, over every page. In pages by country, TA subtype and need: follow next (or the Link header) with the same filters and limit.")
    public org.jboss.resteasy.reactive.RestResponse<GapService.GapReport> gaps(
            @QueryParam("country") @CountryCode String country,
            @QueryParam("region") @RegionCode String region,
            @QueryParam("instrument") @InstrumentCode String instrument,
            @QueryParam("taType") @jakarta.validation.constraints.Size(max = 50) String taType,
            @jakarta.ws.rs.BeanParam @jakarta.validation.Valid org.taplatform.reference.paging.PageParameters page,
            @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo request) {
        GapService.GapReport report = gaps.report(country, region, instrument, taType, page, caller);
        return org.taplatform.reference.paging.Pages.ok(report, report.next(), request);
    }

}
