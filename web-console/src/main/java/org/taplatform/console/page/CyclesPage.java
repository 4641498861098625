package org.taplatform.console.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.taplatform.console.api.NeedsApi;
import org.taplatform.console.api.SurveyApi;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The Secretariat's view of the reporting cycles: every cycle, and for one its response rate per instrument with the
 * States that responded and those that did not, by their UN names in the page's language (survey-service's
 * statistics, for coordinators and analysts).
 */
@Path("/cycles")
@RolesAllowed({ "coordinator", "analyst" })
public class CyclesPage {

    /** An instrument's figures and its States, named. */
    public record InstrumentRates(String instrument, int expected, int responded, JsonNode rate,
            List<String> respondents, List<String> nonRespondents) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance cycles(PageContext page, JsonNode cycles);

        static native TemplateInstance cycle(PageContext page, JsonNode statistics, List<InstrumentRates> instruments);
    }

    @RestClient
    SurveyApi survey;
    @RestClient
    NeedsApi reference;
    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response cycles(@BeanParam Language language) {
        return Pages.render(Templates.cycles(PageContext.of(language, "/cycles", identity),
                survey.cycles(Pages.bearer(identity)).path("items")), language, 200);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response cycle(@BeanParam Language language, @PathParam("id") String id) {
        JsonNode statistics = survey.statistics(Pages.bearer(identity), id, language.tag());
        Map<String, String> names = new HashMap<>();
        reference.countries(language.tag()).path("items")
                .forEach(country -> names.put(country.path("code").asText(), country.path("name").asText()));
        List<InstrumentRates> instruments = new ArrayList<>();
        for (JsonNode instrument : statistics.path("instruments")) {
            instruments.add(new InstrumentRates(instrument.path("instrument").asText(),
                    instrument.path("expected").asInt(), instrument.path("responded").asInt(), instrument.path("rate"),
                    named(instrument.path("respondents"), names), named(instrument.path("nonRespondents"), names)));
        }
        return Pages.render(Templates.cycle(PageContext.of(language, "/cycles/" + id, identity), statistics,
                instruments), language, 200);
    }

    /** The States by name, in the language's alphabetical order. */
    private static List<String> named(JsonNode codes, Map<String, String> names) {
        List<String> named = new ArrayList<>();
        codes.forEach(code -> named.add(names.getOrDefault(code.asText(), code.asText())));
        named.sort(java.text.Collator.getInstance());
        return named;
    }
}
