package org.taplatform.coordination.funding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taplatform.reference.security.Caller;
import org.taplatform.reference.security.Roles;
import org.taplatform.reference.validation.CountryCode;

@Path("/api/v1/funding")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Funding", description = "Required against funded, per need and country, as OCHA's Financial Tracking Service shows it")
@SecurityRequirement(name = "SecurityScheme")
public class FundingResource {

    static final String COUNTING = " Each flow is counted once, at the stage it reached: a pledge by its status (PLEDGED, COMMITTED, DISBURSED; cancelled ones not at all); an activity's money from its IATI transactions (commitments 2 and 11, payments 3 and 1; what is paid no longer counts as committed), divided evenly between the needs it answers, or, answering none, counted for its recipient countries by their shares outside their needs; a pledge to an activity only while the activity reports no transactions; an activity that names another activity counted for the same need (its funder's, or a related one) is not counted again. Currencies are never converted.";

    private final FundingService funding;
    private final Caller caller;

    FundingResource(FundingService funding, Caller caller) {
        this.funding = funding;
        this.caller = caller;
    }

    @GET
    @Path("/countries")
    @RolesAllowed({ Roles.COORDINATOR, Roles.STATE_FOCAL_POINT, Roles.DONOR, Roles.PARTNER, Roles.FIELD_OFFICE, Roles.ANALYST })
    @Operation(operationId = "listCountryFunding", summary = "Required against funded, by country",
            description = "Each country with needs or money: the requirements of the needs the caller may see (the State's consent), the funding toward them and outside them, coverage per requirement currency, and who gave." + COUNTING)
    public FundingViews.Countries countries() {
        return funding.countries(caller);
    }

    @GET
    @Path("/countries/{country}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.STATE_FOCAL_POINT, Roles.DONOR, Roles.PARTNER, Roles.FIELD_OFFICE, Roles.ANALYST })
    @Operation(operationId = "getCountryFunding", summary = "Required against funded in one country, need by need",
            description = "The country's totals and each need the caller may see with its requirement, its funding by stage and its coverage." + COUNTING)
    public FundingViews.CountryDetail country(@PathParam("country") @CountryCode String country) {
        return funding.country(country, caller);
    }
}
