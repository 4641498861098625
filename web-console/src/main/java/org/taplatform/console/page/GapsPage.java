package org.taplatform.console.page;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.taplatform.console.api.CoordinationApi;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The needs no one answers yet, as coordination-service reports them to this reader (a donor looking where to put
 * money, a field office, a coordinator): by country, instrument and type, in pages, each with its coverage and why,
 * whether any registered organisation could deliver it, and a link to who could; the counts by coverage level.
 */
@Path("/gaps")
@RolesAllowed({ "coordinator", "state-focal-point", "donor", "partner", "field-office" })
public class GapsPage {

    static final int PAGE_SIZE = 25;

    /** One gap as the table shows it, with the names in the page's language. */
    public record GapRow(String needId, String countryCode, String country, String instrument, String article, String taSubtype,
            String priority, String level, List<String> evidence, boolean noCapableOrganisation, int knowledge) {
    }

    /** A count by coverage level. */
    public record LevelCount(String level, long count) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance gaps(PageContext page, List<ReferenceNames.Choice> countries,
                List<ReferenceNames.Choice> instruments, List<ReferenceNames.Choice> types, List<LevelCount> levels,
                List<GapRow> gaps, String next, String query, String problem);

        static native TemplateInstance matches(PageContext page, JsonNode need, String country, String taSubtype,
                JsonNode matches, JsonNode knowledge);
    }

    @RestClient
    CoordinationApi coordination;
    @Inject
    ReferenceNames reference;
    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response gaps(@BeanParam Language language, @QueryParam("country") String country,
            @QueryParam("instrument") String instrument, @QueryParam("taType") String taType,
            @QueryParam("cursor") String cursor) {
        country = Forms.blankToNull(country);
        instrument = Forms.blankToNull(instrument);
        taType = Forms.blankToNull(taType);
        ReferenceNames.Names names = reference.in(language.tag());
        List<LevelCount> levels = new ArrayList<>();
        List<GapRow> rows = new ArrayList<>();
        String next = null;
        String problem = null;
        try {
            JsonNode report = coordination.gaps(Pages.bearer(identity), country, null, instrument, taType, PAGE_SIZE,
                    Forms.blankToNull(cursor));
            report.path("byLevel").properties().forEach(level -> levels.add(new LevelCount(level.getKey(),
                    level.getValue().asLong())));
            for (JsonNode gap : report.path("gaps")) {
                JsonNode need = gap.path("need");
                List<String> evidence = new ArrayList<>();
                need.path("coverage").path("evidence").forEach(e -> evidence.add(e.asText()));
                JsonNode knowledge = gap.path("knowledge");
                rows.add(new GapRow(need.path("id").asText(), need.path("country").asText(),
                        names.country(need.path("country").asText()),
                        need.path("instrument").asText(), need.path("article").asText(null),
                        names.taSubtype(need.path("taSubtype").asText()), need.path("priority").asText(),
                        need.path("coverage").path("level").asText(), evidence,
                        gap.path("noCapableOrganisation").asBoolean(),
                        knowledge.path("tools").size() + knowledge.path("lessons").size()));
            }
            next = Forms.nonBlank(report.path("next"));
        } catch (WebApplicationException e) {
            problem = Forms.problemDetail(e);
        }
        String query = "country=" + Forms.encode(country) + "&instrument=" + Forms.encode(instrument) + "&taType="
                + Forms.encode(taType);
        return Pages.render(Templates.gaps(PageContext.of(language, "/gaps", identity), names.countryChoices(country),
                names.instrumentChoices(instrument), names.taTypeChoices(taType), levels, rows,
                next == null ? null : Forms.encode(next), query, problem), language, problem == null ? 200 : 400);
    }

    /** Who could answer one need, best first, each score explained, and what to read beside it (tools, lessons). */
    @GET
    @Path("/{needId}")
    @Produces(MediaType.TEXT_HTML)
    public Response matches(@BeanParam Language language, @PathParam("needId") String needId) {
        ReferenceNames.Names names = reference.in(language.tag());
        JsonNode need = coordination.need(Pages.bearer(identity), needId);
        JsonNode matches = coordination.matches(Pages.bearer(identity), needId, 10);
        JsonNode knowledge = coordination.knowledge(Pages.bearer(identity), needId);
        return Pages.render(Templates.matches(PageContext.of(language, "/gaps/" + needId, identity), need,
                names.country(need.path("country").asText()), names.taSubtype(need.path("taSubtype").asText()),
                matches.path("items"), knowledge), language, 200);
    }
}
