package org.taplatform.console.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.taplatform.console.api.NeedsAnalysisApi;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The public figures, for anyone and for analysts: response rates per reporting cycle and instrument, and the needs
 * by type as needs-service publishes them (the public table: no country named, small cells withheld) with its chart.
 * The page shows what the API gives an anonymous caller and nothing more.
 */
@Path("/")
public class PublicFigures {

    private static final Logger LOG = Logger.getLogger(PublicFigures.class);

    /** One reporting cycle's rates, instrument by instrument. */
    public record CycleRates(String name, boolean closed, List<JsonNode> rates) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(PageContext page, List<CycleRates> cycles, JsonNode needs,
                boolean unavailable);
    }

    @RestClient
    NeedsAnalysisApi analysis;
    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response index(@BeanParam Language language) {
        List<CycleRates> cycles = List.of();
        JsonNode needs = null;
        boolean unavailable = false;
        try {
            cycles = byCycle(analysis.responseRates(language.tag()));
            needs = analysis.needsByTaType("public", language.tag());
        } catch (RuntimeException e) {
            // needs-service down or slow: the page says so instead of failing
            LOG.warnf("public figures unavailable: %s", e.toString());
            unavailable = true;
        }
        return Pages.render(Templates.index(PageContext.of(language, "/", identity), cycles, needs, unavailable),
                language, 200);
    }

    static List<CycleRates> byCycle(JsonNode answer) {
        Map<String, CycleRates> cycles = new LinkedHashMap<>();
        for (JsonNode rate : answer.path("rates")) {
            cycles.computeIfAbsent(rate.path("cycleId").asText(), id -> new CycleRates(rate.path("cycle").asText(),
                    rate.path("closed").asBoolean(), new ArrayList<>())).rates().add(rate);
        }
        return List.copyOf(cycles.values());
    }
}
