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
import java.util.UUID;

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
import org.taplatform.coordination.matching.model.Match;
import org.taplatform.reference.problem.ProblemException;
import org.taplatform.reference.security.Caller;
import org.taplatform.reference.security.Roles;

@Path("/api/v1/needs/{id}/matches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matching", description = "Organisations that could answer a need, each score explained")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({ Roles.COORDINATOR, Roles.STATE_FOCAL_POINT, Roles.DONOR, Roles.PARTNER, Roles.FIELD_OFFICE })
public class MatchResource {

    private final MatchingService matching;
    private final Caller caller;

    MatchResource(MatchingService matching, Caller caller) {
        this.matching = matching;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listNeedMatches", summary = "Organisations that could answer a need, best first, each with why",
            description = "Organisations with a capability of the need's TA type, scored 0-100 by capability (the subtype, or the type only), instrument, presence in the country or its M49 areas, a language of the country, past activities of the subtype, and pledges; each reason with its fit, weight, points and words (weights: coordination.matching.weights.*). Only for a need the caller may see: 404 otherwise.")
    public RestResponse<Page<MatchView>> matches(@PathParam("id") UUID needId, @BeanParam @Valid PageParameters page, @Context UriInfo request) {
        String collection = "matches " + needId;
        List<Match> ranked = matching.matchesFor(needId, caller, page.end(collection))
                .orElseThrow(() -> ProblemException.notFound("No need " + needId));
        Page<Match> matches = page.slice(collection, ranked, null);
        java.util.Map<String, String> verification = new java.util.HashMap<>();
        if (!matches.items().isEmpty()) {
            org.taplatform.coordination.provider.OrganisationReadModel.<org.taplatform.coordination.provider
                    .OrganisationReadModel>list("identifier in ?1", matches.items().stream().map(Match::organisation)
                            .toList()).forEach(o -> verification.put(o.identifier, o.verification));
        }
        return Pages.ok(new Page<>(matches.items().stream().map(m -> new MatchView(m.organisation(), m.name(),
                verification.getOrDefault(m.organisation(), "UNVERIFIED"), m.score(), m.reasons())).toList(),
                matches.next(), matches.asOf()), request);
    }

    /** A match as the API shows it: the organisation, whether a coordinator verified it, the score and why. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "Match")
    public record MatchView(
            @org.eclipse.microprofile.openapi.annotations.media.Schema(example = "XM-DAC-41114") String organisation,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(example = "UNODC Regional Office for Eastern Africa") String name,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "VERIFIED once a coordinator checked in the registry that the organisation is who it says", example = "VERIFIED") String verification,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(example = "87.5") double score,
            List<Match.Reason> reasons) {
    }
}
