package org.taplatform.registry.evaluation;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.BeanParam;
import jakarta.validation.Valid;
import org.jboss.resteasy.reactive.RestResponse;
import org.taplatform.reference.paging.Page;
import org.taplatform.reference.paging.PageParameters;
import org.taplatform.reference.paging.Pages;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taplatform.reference.security.Roles;
import org.taplatform.reference.validation.CountryCode;
import org.taplatform.reference.validation.TaSubtypeCode;

@Path("/api/v1/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluations")
@SecurityRequirement(name = "SecurityScheme")
public class EvaluationListResource {

    private final EvaluationService evaluations;

    EvaluationListResource(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.FIELD_OFFICE, Roles.DONOR, Roles.PARTNER })
    @Operation(operationId = "listEvaluations", summary = "Evaluations and lessons, filtered", description = "For registered providers and coordinators: best rated first; filters: taSubtype, country, minimumRating (1-6).")
    public RestResponse<Page<EvaluationView>> list(@QueryParam("taSubtype") @TaSubtypeCode String taSubtype,
            @QueryParam("country") @CountryCode String country,
            @QueryParam("minimumRating") @Min(1) @Max(6) Integer minimumRating, @BeanParam @Valid PageParameters page,
            @Context UriInfo request) {
        List<EvaluationView> found = evaluations.list(taSubtype, country, minimumRating);
        return Pages.ok(page.slice("evaluations", found, Page.latestOf(found, EvaluationView::updatedAt)), request);
    }
}
