package org.taplatform.console.page;

import java.util.List;

import jakarta.annotation.security.PermitAll;
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
import org.taplatform.console.api.RegistryApi;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * What the registry keeps for everyone's reference: the directory of competent national authorities (central
 * authorities for mutual legal assistance and extradition, focal points under the Protocols; for signed-in users, with
 * the entries not confirmed for a year marked, and as a spreadsheet) and the catalogue of tools (model laws,
 * legislative guides, digests, training), which anyone may read.
 */
@Path("/")
public class DirectoryPages {

    static final int PAGE_SIZE = 50;
    static final List<String> TOOL_KINDS = List.of("MODEL_LAW", "LEGISLATIVE_GUIDE", "DIGEST_OF_CASES",
            "TRAINING_PACKAGE", "E_LEARNING_COURSE", "CHECKLIST");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance authorities(PageContext page, List<ReferenceNames.Choice> countries,
                String country, boolean stale, JsonNode authorities, ReferenceNames.Names names, String next,
                String query);

        static native TemplateInstance tools(PageContext page, List<ReferenceNames.Choice> instruments,
                List<String> kinds, String kind, JsonNode tools, String next, String query);
    }

    @RestClient
    RegistryApi registry;
    @Inject
    ReferenceNames reference;
    @Inject
    SecurityIdentity identity;

    @GET
    @Path("authorities")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ "coordinator", "analyst", "state-focal-point", "donor", "partner", "field-office" })
    public Response authorities(@BeanParam Language language, @QueryParam("country") String country,
            @QueryParam("stale") boolean stale, @QueryParam("cursor") String cursor) {
        country = Forms.blankToNull(country);
        ReferenceNames.Names names = reference.in(language.tag());
        JsonNode authorities = registry.authorities(Pages.bearer(identity), country, null, stale ? Boolean.TRUE : null,
                PAGE_SIZE, Forms.blankToNull(cursor), language.tag());
        String next = Forms.nonBlank(authorities.path("next"));
        return Pages.render(Templates.authorities(PageContext.of(language, "/authorities", identity),
                names.countryChoices(country), country == null ? "" : country, stale, authorities, names,
                next == null ? null : Forms.encode(next), "country=" + Forms.encode(country) + (stale ? "&stale=true" : "")),
                language, 200);
    }

    /** The directory as the registry's spreadsheet or CSV, with the page's filters and language. */
    @GET
    @Path("authorities.{format:csv|xlsx}")
    @RolesAllowed({ "coordinator", "analyst", "state-focal-point", "donor", "partner", "field-office" })
    public Response authoritiesFile(@BeanParam Language language, @PathParam("format") String format,
            @QueryParam("country") String country) {
        Response file = registry.authoritiesFile(Pages.bearer(identity), format, Forms.blankToNull(country), null,
                language.tag());
        return Response.ok(file.readEntity(byte[].class), file.getMediaType())
                .header("Content-Disposition", "attachment; filename=\"competent-authorities." + format + "\"")
                .header("Cache-Control", "private, no-store").build();
    }

    @GET
    @Path("tools")
    @Produces(MediaType.TEXT_HTML)
    @PermitAll
    public Response tools(@BeanParam Language language, @QueryParam("instrument") String instrument,
            @QueryParam("kind") String kind, @QueryParam("cursor") String cursor) {
        instrument = Forms.blankToNull(instrument);
        kind = Forms.oneOf(TOOL_KINDS, kind) ? kind : null;
        JsonNode tools = registry.tools(instrument, null, kind, null, PAGE_SIZE, Forms.blankToNull(cursor));
        String next = Forms.nonBlank(tools.path("next"));
        return Pages.render(Templates.tools(PageContext.of(language, "/tools", identity),
                reference.in(language.tag()).instrumentChoices(instrument), TOOL_KINDS, kind == null ? "" : kind, tools,
                next == null ? null : Forms.encode(next), "instrument=" + Forms.encode(instrument) + "&kind="
                        + Forms.encode(kind)), language, 200);
    }
}
