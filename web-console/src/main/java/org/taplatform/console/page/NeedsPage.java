package org.taplatform.console.page;

import java.util.ArrayList;
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

    /** A filter's choices: code and name, and whether it is the one applied. */
    public record Choice(String code, String name, boolean selected) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance needs(PageContext page, List<Choice> countries, List<Choice> instruments,
                List<Choice> types, JsonNode needs, JsonNode byType, String next, String query, String problem);
    }

    @RestClient
    NeedsApi api;
    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response needs(@BeanParam Language language, @QueryParam("country") String country,
            @QueryParam("instrument") String instrument, @QueryParam("taType") String taType,
            @QueryParam("cursor") String cursor) {
        country = blankToNull(country);
        instrument = blankToNull(instrument);
        taType = blankToNull(taType);
        String lang = language.tag();
        JsonNode needs = null;
        JsonNode byType = null;
        String problem = null;
        try {
            needs = api.needs(bearer(), country, instrument, taType, PAGE_SIZE, blankToNull(cursor), lang);
            byType = api.byTaType(bearer(), country, instrument, lang);
        } catch (WebApplicationException e) {
            // a filter the service refuses: its problem detail, in place of the table
            problem = e.getResponse().readEntity(JsonNode.class).path("detail").asText(e.getMessage());
        }
        String query = "country=" + nullToEmpty(country) + "&instrument=" + nullToEmpty(instrument) + "&taType="
                + nullToEmpty(taType);
        String next = needs == null || needs.path("next").isNull() || needs.path("next").asText().isEmpty() ? null
                : java.net.URLEncoder.encode(needs.path("next").asText(), java.nio.charset.StandardCharsets.UTF_8);
        return Pages.render(Templates.needs(PageContext.of(language, "/needs", identity),
                choices(api.countries(lang), "code", "name", country), choices(api.instruments(lang), "code", "name",
                        instrument), choices(api.taTypes(lang), "code", "name", taType), needs, byType, next, query,
                problem), language, problem == null ? 200 : 400);
    }

    private static List<Choice> choices(JsonNode page, String code, String name, String selected) {
        List<Choice> choices = new ArrayList<>();
        for (JsonNode item : page.path("items")) {
            choices.add(new Choice(item.path(code).asText(), item.path(name).asText(),
                    item.path(code).asText().equals(selected)));
        }
        return choices;
    }

    private String bearer() {
        return Pages.bearer(identity);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
