package org.taplatform.survey.bulk;

import jakarta.ws.rs.BeanParam;
import jakarta.validation.Valid;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;
import org.taplatform.reference.paging.Page;
import org.taplatform.reference.paging.PageParameters;
import org.taplatform.reference.paging.Pages;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taplatform.reference.security.Caller;
import org.taplatform.reference.security.Roles;

@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bulk import", description = "Answers of many countries from CSV or XLSX files (legacy exports)")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed(Roles.COORDINATOR)
public class ImportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ImportService imports;
    private final Caller caller;

    ImportResource(ImportService imports, Caller caller) {
        this.imports = imports;
        this.caller = caller;
    }

    @POST
    @Consumes({ "text/csv", XLSX })
    @Operation(operationId = "startAnswerImport", summary = "Import answers of many countries into a cycle",
            description = "The body is the file: CSV (UTF-8, comma, first row the column names) or XLSX (first sheet). Columns: country, instrument, question, value, and for NEEDS questions one row per need with need_ta_subtype, need_article, need_thematic_area, need_beneficiary_groups (codes separated by |), need_priority, need_consent, need_description; MULTIPLE_CHOICE values list codes separated by |. Runs as a job: 202 with its address. A country with any row error is not imported at all; the others become drafts, or submitted responses with ?submit=true (then a country whose required questions are unanswered is refused).")
    @APIResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = ImportJobView.class)), description = "Accepted: follow Location for progress and the row-level report")
    @APIResponse(responseCode = "409", description = "The cycle is closed")
    @APIResponse(responseCode = "413", description = "The file is larger than 64 MB")
    @APIResponse(responseCode = "415", description = "Neither CSV nor XLSX")
    @APIResponse(responseCode = "422", description = "Unreadable: not UTF-8, malformed, or required columns missing")
    public Response importAnswers(
            @Parameter(description = "the open reporting cycle to import into", required = true)
            @QueryParam("cycleId") @jakarta.validation.constraints.NotNull UUID cycleId,
            @Parameter(description = "submit the imported responses (default: leave them as drafts)")
            @QueryParam("submit") @DefaultValue("false") boolean submit,
            @Parameter(description = "the file's name, for the report") @QueryParam("fileName") String fileName,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] file) {
        ImportJob.Format format = contentType != null && contentType.startsWith(XLSX) ? ImportJob.Format.XLSX
                : ImportJob.Format.CSV;
        ImportJobView job = imports.accept(cycleId, format, fileName, file == null ? new byte[0] : file, submit, caller);
        return Response.accepted(job).location(URI.create("/api/v1/imports/" + job.id())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAnswerImport", summary = "An import job: status, rows done out of the total, countries imported and rejected, and the row errors so far")
    public ImportJobView job(@PathParam("id") UUID id) {
        return imports.find(id);
    }

    @GET
    @Operation(operationId = "listAnswerImports", summary = "Import jobs, newest first (without their error lists)")
    public RestResponse<Page<ImportJobView>> jobs(@QueryParam("cycleId") UUID cycleId, @BeanParam @Valid PageParameters page, @Context UriInfo request) {
        List<ImportJobView> found = imports.list(cycleId);
        return Pages.ok(page.slice("imports", found, Page.latestOf(found,
                job -> Page.latest(job.createdAt(), job.startedAt(), job.finishedAt()))), request);
    }
}
