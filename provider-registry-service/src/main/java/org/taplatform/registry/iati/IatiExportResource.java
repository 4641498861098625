package org.taplatform.registry.iati;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taplatform.reference.problem.Problem.Violation;
import org.taplatform.reference.problem.ProblemException;
import org.taplatform.reference.validation.CountryCode;

@Path("/api/v1/iati")
@Tag(name = "IATI", description = "IATI 2.03 XML files of the registry's activities and organisations")
@PermitAll
public class IatiExportResource {

    private final IatiExportService exports;

    IatiExportResource(IatiExportService exports) {
        this.exports = exports;
    }

    @GET
    @Path("/activities.xml")
    @Produces("application/xml")
    @Operation(operationId = "exportIatiActivities", summary = "An IATI 2.03 activity file",
            description = "The activities (not withdrawn) an organisation reports (?organisation=) or a country receives (?country=, ISO3); one of the two is required. Valid against the official IATI 2.03 activities schema. 404 when there is no activity to export (a file without one would not be valid). The TA taxonomy and instruments travel as tags of vocabulary 99. Public: it is what IATI publishes.")
    @APIResponse(responseCode = "200", description = "The file", content = { @Content(mediaType = "application/xml", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response activities(@QueryParam("organisation") String organisation,
            @QueryParam("country") @CountryCode String country) {
        if (organisation == null && country == null) {
            throw ProblemException.invalid("Say whose activities", java.util.List.of(new Violation("organisation",
                    "query", "give ?organisation=<IATI identifier> or ?country=<ISO3>")));
        }
        if (organisation != null && !exports.organisationExists(organisation)) {
            throw ProblemException.notFound("No organisation " + organisation);
        }
        if (!exports.anyActivity(organisation, country)) {
            // an iati-activities file without an activity is invalid against the schema: say so instead
            throw ProblemException.notFound("No activity to export: " + (organisation != null
                    ? organisation + " reports none" : "") + (organisation != null && country != null ? " with "
                    : "") + (country != null ? "none has recipient country " + country : "")
                    + " (withdrawn activities are not exported)");
        }
        StreamingOutput body = out -> exports.activities(organisation, country, out);
        String name = organisation != null ? organisation : country;
        return Response.ok(body, "application/xml;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"iati-activities-" + name + ".xml\"").build();
    }

    @GET
    @Path("/organisations/{identifier}.xml")
    @Produces("application/xml")
    @Operation(operationId = "exportIatiOrganisation", summary = "An IATI 2.03 organisation file", description = "Valid against the official IATI 2.03 organisations schema.")
    @APIResponse(responseCode = "200", description = "The file", content = { @Content(mediaType = "application/xml", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response organisation(@PathParam("identifier") String identifier) {
        if (!exports.organisationExists(identifier)) {
            throw ProblemException.notFound("No organisation " + identifier);
        }
        StreamingOutput body = out -> exports.organisation(identifier, out);
        return Response.ok(body, "application/xml;charset=UTF-8").build();
    }
}
