package org.taplatform.coordination.country;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taplatform.reference.security.Caller;
import org.taplatform.reference.security.Roles;
import org.taplatform.reference.validation.CountryCode;

@Path("/api/v1/countries/{country}/coordination")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Country coordination", description = "One country's needs, activities, matches, gaps, alerts and requests")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({ Roles.COORDINATOR, Roles.STATE_FOCAL_POINT, Roles.DONOR, Roles.PARTNER, Roles.FIELD_OFFICE })
public class CountryCoordinationResource {

    private final CountryCoordinationService countries;
    private final Caller caller;

    CountryCoordinationResource(CountryCoordinationService countries, Caller caller) {
        this.countries = countries;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getCountryCoordination", summary = "The country coordination view",
            description = "In one request: the country's needs the caller may see (consent) with coverage, whether any organisation could answer them, and the best matches of those not covered; counts by coverage level; live activities (pipeline, implementation, finalisation); active overlap alerts (coordinators: all; organisations: theirs); open requests (coordinators and the country's focal point: all; organisations: those forwarded to them). A focal point sees its own country only (403 otherwise). At most 500 items per list.")
    public CountryCoordinationView view(@PathParam("country") @CountryCode String country,
            @QueryParam("matches") @DefaultValue("3") @Min(0) @Max(10) int matches) {
        return countries.view(country, matches, caller);
    }
}
