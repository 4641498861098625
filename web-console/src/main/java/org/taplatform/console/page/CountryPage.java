package org.taplatform.console.page;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.taplatform.console.api.CoordinationApi;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The country coordination view, the coordinator's desk for one State: its needs with their coverage, the best
 * matches of those not covered and what to read beside each; the live activities; the overlap alerts; the open
 * requests. One call to coordination-service, which applies consent and scope (a focal point sees their own State
 * only; the service's 403 is the forbidden page here).
 */
@Path("/countries")
@RolesAllowed({ "coordinator", "state-focal-point", "donor", "partner", "field-office" })
public class CountryPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance country(PageContext page, JsonNode view, ReferenceNames.Names names,
                java.util.List<ReferenceNames.Choice> countries);
    }

    @RestClient
    CoordinationApi coordination;
    @Inject
    ReferenceNames reference;
    @Inject
    SecurityIdentity identity;

    /** The country picker's target: /countries?country=KEN is /countries/KEN. */
    @GET
    public Response pick(@QueryParam("country") String country) {
        String code = Forms.blankToNull(country);
        return Response.seeOther(URI.create(code == null ? "/gaps" : "/countries/" + Forms.encode(code))).build();
    }

    @GET
    @Path("/{country}")
    @Produces(MediaType.TEXT_HTML)
    public Response country(@BeanParam Language language, @PathParam("country") String country) {
        JsonNode view = coordination.country(Pages.bearer(identity), country, 3);
        ReferenceNames.Names names = reference.in(language.tag());
        return Pages.render(Templates.country(PageContext.of(language, "/countries/" + country, identity), view, names,
                names.countryChoices(country)), language, 200);
    }
}
