package org.taplatform.needs.export;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taplatform.needs.need.NeedFilter;
import org.taplatform.needs.need.NeedReader;
import org.taplatform.reference.UnLanguage;
import org.taplatform.reference.problem.Problem.Violation;
import org.taplatform.reference.problem.ProblemException;
import org.taplatform.reference.security.Caller;
import org.taplatform.reference.security.Roles;

@Path("/api/v1/needs")
@Tag(name = "Needs", description = "The consolidated needs register, within each State's sharing consent")
@SecurityRequirement(name = "SecurityScheme")
public class NeedExportResource {

    private final NeedExporter exporter;
    private final Caller caller;

    NeedExportResource(NeedExporter exporter, Caller caller) {
        this.exporter = exporter;
        this.caller = caller;
    }

    @GET
    @Path("/export.{format}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.STATE_FOCAL_POINT, Roles.DONOR, Roles.PARTNER, Roles.FIELD_OFFICE })
    @Produces({ "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/json" })
    @Operation(operationId = "exportNeeds", summary = "Every need of a query, as one CSV, XLSX or JSON file",
            description = "The same filters and the same consent as GET /api/v1/needs, all pages at once, ordered by registration. CSV and XLSX put each code beside its label (?lang= or Accept-Language); ?hxl=true adds an HXL hashtag row under the header. Streamed: any size in constant memory.")
    @APIResponse(responseCode = "200", description = "The file", content = { @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")), @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", schema = @Schema(type = SchemaType.STRING, format = "binary")), @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response export(@PathParam("format") @Parameter(description = "csv, xlsx or json", schema = @Schema(enumeration = { "csv", "xlsx", "json" })) String extension,
            @BeanParam @Valid NeedFilter filter,
            @QueryParam("hxl") @Parameter(description = "add an HXL hashtag row (CSV, XLSX)") boolean hxl,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        ExportFormat format = ExportFormat.ofExtension(extension).orElseThrow(() -> ProblemException.invalid(
                "No such export format", List.of(new Violation("format", "path", "must be csv, xlsx or json"))));
        UnLanguage language = UnLanguage.negotiate(filter.lang != null ? filter.lang : acceptLanguage);
        NeedReader reader = NeedReader.of(caller); // read now: the request's scope is gone when the body is written
        StreamingOutput body = out -> exporter.export(filter, reader, format, hxl, language, out);
        return Response.ok(body, format.mediaType())
                .header("Content-Disposition", "attachment; filename=\"needs-" + LocalDate.now() + "."
                        + format.extension() + "\"")
                .header(HttpHeaders.CONTENT_LANGUAGE, language.tag()).build();
    }
}
