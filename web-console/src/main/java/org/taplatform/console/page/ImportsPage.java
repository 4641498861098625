package org.taplatform.console.page;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.taplatform.console.api.RegistryApi;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Importing an organisation's IATI activity file: the upload (kept on disk by Quarkus, then streamed to the
 * registry, which runs the import as a job), and the job's page with a progress bar that htmx refreshes every second
 * while it runs (without JavaScript, the page reloads itself), then the counts and the report per activity.
 */
@Path("/imports")
@RolesAllowed({ "field-office", "donor", "partner" })
public class ImportsPage {

    /** The counts a finished job shows, in this order. */
    static final java.util.List<String> COUNTS = java.util.List.of("created", "updated", "unchanged", "skipped",
            "rejected", "unclassified");

    /**
     * Where a job stands: activities done of the total (the total is known once the file has been read through; until
     * then the bar is indeterminate).
     */
    public record Progress(String id, String status, long done, long total, boolean running) {

        static Progress of(JsonNode job) {
            String status = job.path("status").asText();
            return new Progress(job.path("id").asText(), status, job.path("activitiesDone").asLong(0),
                    job.path("activitiesTotal").asLong(0), status.equals("QUEUED") || status.equals("RUNNING"));
        }

        public boolean known() {
            return total > 0 || !running;
        }

        public long max() {
            return Math.max(total, 1);
        }

        public long value() {
            return total > 0 ? done : 1;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(PageContext page, String problem);

        static native TemplateInstance job(PageContext page, JsonNode job, Progress progress,
                java.util.List<String> counts);

        static native TemplateInstance progress(Progress progress, String lang);
    }

    @RestClient
    RegistryApi registry;
    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response upload(@BeanParam Language language) {
        return Pages.render(Templates.upload(PageContext.of(language, "/imports", identity), null), language, 200);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response start(@BeanParam Language language, @RestForm("file") FileUpload file,
            @RestForm("scope") String scope) {
        if (file == null || file.size() == 0) {
            return Pages.render(Templates.upload(PageContext.of(language, "/imports", identity),
                    Pages.messages(language).chooseFile()), language, 400);
        }
        String chosen = "RELEVANT".equals(scope) ? "RELEVANT" : "ALL";
        try (Response answer = Forms.answer(() -> registry.importFile(Pages.bearer(identity), file.fileName(), chosen,
                file.uploadedFile().toFile()))) {
            if (answer.getStatus() != 202) {
                JsonNode problem = answer.readEntity(JsonNode.class);
                return Pages.render(Templates.upload(PageContext.of(language, "/imports", identity),
                        problem.path("detail").asText(problem.path("title").asText(""))), language,
                        answer.getStatus() >= 500 ? 503 : answer.getStatus());
            }
            String id = answer.readEntity(JsonNode.class).path("id").asText();
            return Response.seeOther(URI.create("/imports/" + Forms.encode(id))).build();
        }
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response job(@BeanParam Language language, @PathParam("id") String id) {
        JsonNode job = registry.importJob(Pages.bearer(identity), id);
        return Pages.render(Templates.job(PageContext.of(language, "/imports/" + id, identity), job, Progress.of(job),
                COUNTS), language, 200);
    }

    /** The progress bar alone, for htmx's polling (Pages.progress). */
    @GET
    @Path("/{id}/progress")
    @Produces(MediaType.TEXT_HTML)
    public Response progress(@BeanParam Language language, @PathParam("id") String id) {
        Progress progress = Progress.of(registry.importJob(Pages.bearer(identity), id));
        return Pages.progress(Templates.progress(progress, language.tag()), progress.running(), language);
    }
}
