package org.taplatform.console.page;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.taplatform.console.api.NeedsApi;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The needs a signed-in reader may see (a donor's desk officer looking for unmet needs, a partner, a field office, a
 * coordinator, a focal point: each as needs-service's consent rules let them), by country, instrument and type, in
 * pages, with the same needs counted by type. What the page lists is exactly what the API gives this user.
 */
@Path("/needs")
@RolesAllowed({ "coordinator", "state-focal-point", "donor", "partner", "field-office" })
public class NeedsPage {

    static final int PAGE_SIZE = 25;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance needs(PageContext page, List<ReferenceNames.Choice> countries,
                List<ReferenceNames.Choice> instruments, List<ReferenceNames.Choice> types, JsonNode needs,
                JsonNode byType, String next, String query, String problem);
    }

    @RestClient
    NeedsApi api;
    @Inject
    ReferenceNames reference;
    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response needs(@BeanParam Language language, @QueryParam("country") String country,
            @QueryParam("instrument") String instrument, @QueryParam("taType") String taType,
            @QueryParam("cursor") String cursor) {
        country = Forms.blankToNull(country);
        instrument = Forms.blankToNull(instrument);
        taType = Forms.blankToNull(taType);
        String lang = language.tag();
        JsonNode needs = null;
        JsonNode byType = null;
        String problem = null;
        try {
            needs = api.needs(bearer(), country, instrument, taType, PAGE_SIZE, Forms.blankToNull(cursor), lang);
            byType = api.byTaType(bearer(), country, instrument, lang);
        } catch (WebApplicationException e) {
            // a filter the service refuses: its problem detail, in place of the table
            problem = Forms.problemDetail(e);
        }
        String query = "country=" + Forms.encode(country) + "&instrument=" + Forms.encode(instrument) + "&taType="
                + Forms.encode(taType);
        String next = needs == null ? null : Forms.nonBlank(needs.path("next"));
        ReferenceNames.Names names = reference.in(lang);
        return Pages.render(Templates.needs(PageContext.of(language, "/needs", identity),
                names.countryChoices(country), names.instrumentChoices(instrument), names.taTypeChoices(taType), needs,
                byType, next == null ? null : Forms.encode(next), query, problem), language, problem == null ? 200 : 400);
    }

    private String bearer() {
        return Pages.bearer(identity);
    }

}
