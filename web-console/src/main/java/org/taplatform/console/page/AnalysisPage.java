package org.taplatform.console.page;

import java.util.List;

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
import org.taplatform.console.api.NeedsAnalysisApi;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Needs by type, instrument, region or regional group (and by country, for a reader who may see countries), as a
 * table and a chart, filtered by instrument and M49 region (and country). Anyone may read it: anonymous users and analysts get
 * needs-service's public table (no country named, small cells withheld); a donor, partner, field office, focal point
 * or coordinator the needs they may see, because the call carries their token.
 */
@Path("/analysis")
public class AnalysisPage {

    /** The breakdowns offered to anyone, by needs-service's dimension names. */
    static final List<String> PUBLIC_DIMENSIONS = List.of("ta-type", "instrument", "region", "regional-group",
            "priority");
    /** And to readers of needs: by country, which needs-service never makes public. */
    static final List<String> READERS_DIMENSIONS = List.of("ta-type", "instrument", "country", "region",
            "regional-group", "priority");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance analysis(PageContext page, List<String> dimensions, String by,
                List<ReferenceNames.Choice> countries, List<ReferenceNames.Choice> instruments, String region,
                JsonNode table, String chartQuery, String problem);
    }

    @RestClient
    NeedsAnalysisApi analysis;
    @Inject
    ReferenceNames reference;
    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response analysis(@BeanParam Language language, @QueryParam("by") String by,
            @QueryParam("country") String country, @QueryParam("instrument") String instrument,
            @QueryParam("region") String region) {
        PageContext page = PageContext.of(language, "/analysis", identity);
        List<String> dimensions = page.readsNeeds() ? READERS_DIMENSIONS : PUBLIC_DIMENSIONS;
        String dimension = Forms.oneOf(dimensions, by) ? by : "ta-type";
        country = Forms.blankToNull(country);
        instrument = Forms.blankToNull(instrument);
        region = Forms.blankToNull(region);
        JsonNode table = null;
        String problem = null;
        try {
            table = analysis.needsBy(bearer(), dimension, country, region, instrument, language.tag());
        } catch (WebApplicationException e) {
            problem = Forms.problemDetail(e); // a country asked of the public table, an unknown region
        }
        ReferenceNames.Names names = reference.in(language.tag());
        String chartQuery = "country=" + Forms.encode(country) + "&instrument=" + Forms.encode(instrument) + "&region="
                + Forms.encode(region) + "&lang=" + language.tag();
        return Pages.render(Templates.analysis(page, dimensions, dimension,
                page.readsNeeds() ? names.countryChoices(country) : List.of(), names.instrumentChoices(instrument),
                region == null ? "" : region, table, chartQuery, problem), language, problem == null ? 200 : 400);
    }

    /** The chart of the same breakdown, from the console's origin, with the reader's token when signed in. */
    @GET
    @Path("/needs-by-{dimension}.png")
    @Produces("image/png")
    public Response chart(@BeanParam Language language, @PathParam("dimension") String dimension,
            @QueryParam("country") String country, @QueryParam("instrument") String instrument,
            @QueryParam("region") String region) {
        boolean readsNeeds = PageContext.of(language, "/analysis", identity).readsNeeds();
        if (!Forms.oneOf(readsNeeds ? READERS_DIMENSIONS : PUBLIC_DIMENSIONS, dimension)) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        byte[] png = analysis.needsByChart(bearer(), dimension, Forms.blankToNull(country), Forms.blankToNull(region),
                Forms.blankToNull(instrument), language.tag());
        // a reader's own view is theirs: not kept by shared caches
        return Response.ok(png).header("Cache-Control", signedIn() ? "private, max-age=60" : "public, max-age=300")
                .header("Content-Language", language.tag()).build();
    }

    private boolean signedIn() {
        return identity != null && !identity.isAnonymous();
    }

    private String bearer() {
        return signedIn() ? Pages.bearer(identity) : null;
    }
}
