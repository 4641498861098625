package org.taplatform.console.page;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.taplatform.console.api.CoordinationApi;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * A coordinator's check of coordination's read models: a rebuild from the topics (VERIFY compares, REPLACE also puts
 * the rebuilt copy in place), with its progress bar refreshed by htmx while it runs, then the rows that differ.
 */
@Path("/rebuilds")
@RolesAllowed("coordinator")
public class RebuildsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(PageContext page, String problem);

        static native TemplateInstance rebuild(PageContext page, JsonNode rebuild, boolean running);

        static native TemplateInstance progress(JsonNode rebuild, boolean running, String lang);
    }

    @RestClient
    CoordinationApi coordination;
    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response start(@BeanParam Language language) {
        return Pages.render(Templates.start(PageContext.of(language, "/rebuilds", identity), null), language, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response run(@BeanParam Language language, @FormParam("mode") String mode) {
        String chosen = "REPLACE".equals(mode) ? "REPLACE" : "VERIFY";
        try (Response answer = Forms.answer(() -> coordination.rebuild(Pages.bearer(identity), chosen))) {
            if (answer.getStatus() == 202) {
                return Response.seeOther(URI.create("/rebuilds/" + answer.readEntity(JsonNode.class).path("id")
                        .asText())).build();
            }
            return Pages.render(Templates.start(PageContext.of(language, "/rebuilds", identity), Forms.refusal(answer)),
                    language, answer.getStatus() >= 500 ? 503 : answer.getStatus());
        }
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response rebuild(@BeanParam Language language, @PathParam("id") String id) {
        JsonNode rebuild = coordination.rebuildJob(Pages.bearer(identity), id);
        return Pages.render(Templates.rebuild(PageContext.of(language, "/rebuilds/" + id, identity), rebuild,
                running(rebuild)), language, 200);
    }

    /** The progress bar alone, for htmx's polling (Pages.progress). */
    @GET
    @Path("/{id}/progress")
    @Produces(MediaType.TEXT_HTML)
    public Response progress(@BeanParam Language language, @PathParam("id") String id) {
        JsonNode rebuild = coordination.rebuildJob(Pages.bearer(identity), id);
        boolean running = running(rebuild);
        return Pages.progress(Templates.progress(rebuild, running, language.tag()), running, language);
    }

    private static boolean running(JsonNode rebuild) {
        return "RUNNING".equals(rebuild.path("status").asText());
    }
}
