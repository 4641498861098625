package org.taplatform.coordination.matching;

import jakarta.ws.rs.BeanParam;
import jakarta.validation.Valid;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;
import org.taplatform.reference.paging.Page;
import org.taplatform.reference.paging.PageParameters;
import org.taplatform.reference.paging.Pages;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
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
import org.taplatform.reference.problem.ProblemException;
import org.taplatform.reference.security.Caller;
import org.taplatform.reference.security.Roles;
import org.taplatform.reference.validation.CountryCode;

@Path("/api/v1/organisations/{identifier}/matches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matching", description = "Explainable matches of needs and organisations")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({ Roles.COORDINATOR, Roles.DONOR, Roles.PARTNER, Roles.FIELD_OFFICE })
public class OrganisationMatchResource {

    private final MatchingService matching;
    private final Caller caller;

    OrganisationMatchResource(MatchingService matching, Caller caller) {
        this.matching = matching;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listOrganisationMatches", summary = "The needs an organisation could answer, best first, each score explained",
            description = "Needs not covered yet, of a TA type the organisation has a capability of, that the caller may see (consent), scored as GET /needs/{id}/matches scores organisations. Coordinators for any organisation; others for their own (token claim organisation; 403 otherwise). 404 for an organisation the registry has not announced.")
    public RestResponse<Page<MatchingService.NeedMatch>> needs(@PathParam("identifier") @Size(max = 100) String identifier,
            @QueryParam("country") @CountryCode String country, @BeanParam @Valid PageParameters page, @Context UriInfo request) {
        caller.requireActsForOrganisation(identifier, "matches");
        String collection = "organisation-matches " + identifier + " " + country;
        List<MatchingService.NeedMatch> ranked = matching.needsFor(identifier, country, caller, page.end(collection))
                .orElseThrow(() -> ProblemException.notFound("No organisation " + identifier));
        return Pages.ok(page.slice(collection, ranked, null), request);
    }
}
