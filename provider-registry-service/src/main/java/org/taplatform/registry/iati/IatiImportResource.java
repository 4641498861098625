package org.taplatform.registry.iati;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import java.io.InputStream;
import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taplatform.reference.security.Caller;
import org.taplatform.reference.security.Roles;

@Path("/api/v1/iati/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "IATI", description = "IATI 2.03 XML files of the registry's activities and organisations")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({ Roles.COORDINATOR, Roles.FIELD_OFFICE, Roles.DONOR, Roles.PARTNER })
public class IatiImportResource {

    private final IatiImportService imports;
    private final Caller caller;

    IatiImportResource(IatiImportService imports, Caller caller) {
        this.imports = imports;
        this.caller = caller;
    }

    @POST
    @Consumes({ MediaType.APPLICATION_XML, MediaType.TEXT_XML })
    @Operation(operationId = "startIatiImport", summary = "Import a publisher's IATI activity file",
            description = "The body is the file (kept with its job in the database, so that any replica can run it; up to 512 MB). A job then registers or updates each activity by its IATI identifier (the same file twice changes nothing), with every budget, planned disbursement, transaction, result and document it reports. An activity without a tag of the TA taxonomy is registered unclassified and waits for a coordinator in GET /api/v1/activities/unclassified, with suggested subtypes (scope=ALL, the default: funding data is never thrown away); with scope=RELEVANT only activities with a DAC sector this platform registers (15130 legal and judicial development, 15210 security system management, 16063 narcotics control, ...) or a tag of its TA taxonomy are registered, the others skipped and counted. Each activity is checked like one registered through the API; a rejected one is listed with its reasons, a kept one with the elements left out of it (an element IATI's schema would refuse, a region of another vocabulary than M49). A file that is not well-formed, truncated, declares a DOCTYPE (no entity is ever expanded) or is not an iati-activities document fails as a whole and nothing is imported. A field office, donor or partner imports its own organisation's activities only (others are rejected); coordinators any registered reporting organisation's.")
    @APIResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = IatiImportView.class)), description = "accepted: follow Location for progress and the report")
    @APIResponse(responseCode = "413", description = "larger than 512 MB")
    @APIResponse(responseCode = "415", description = "not application/xml or text/xml")
    public Response importFile(@QueryParam("fileName") @Size(max = 300) String fileName,
            @QueryParam("scope") @DefaultValue("ALL") @Pattern(regexp = "ALL|RELEVANT", message = "must be ALL or RELEVANT") @Parameter(description = "ALL: every activity of the file, those without a TA subtype registered unclassified and queued for a coordinator; RELEVANT: only those with a DAC sector this platform registers or a tag of its TA taxonomy, the others skipped") String scope,
            InputStream body) {
        IatiImportJob job = imports.accept(body, fileName, IatiImportJob.Scope.valueOf(scope), caller);
        return Response.accepted(IatiImportView.of(job)).location(URI.create("/api/v1/iati/imports/" + job.id)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getIatiImport", summary = "An import job: progress (activities done of the total), counts and the report")
    public IatiImportView job(@PathParam("id") UUID id) {
        return IatiImportView.of(imports.get(id, caller));
    }
}
