package org.taplatform.registry.capability;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.BeanParam;
import org.jboss.resteasy.reactive.RestResponse;
import org.taplatform.reference.paging.Page;
import org.taplatform.reference.paging.PageParameters;
import org.taplatform.reference.paging.Pages;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taplatform.reference.api.Localised;
import org.taplatform.reference.UnLanguage;
import org.taplatform.reference.problem.Preconditions;
import org.taplatform.reference.security.Caller;
import org.taplatform.reference.security.Roles;
import org.taplatform.registry.organisation.Organisation;

@Path("/api/v1/organisations/{identifier}/capabilities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Capabilities", description = "What an organisation can deliver, in the TA taxonomy: what matching uses")
@SecurityRequirement(name = "SecurityScheme")
public class CapabilityResource {

    private final CapabilityService capabilities;
    private final Caller caller;

    CapabilityResource(CapabilityService capabilities, Caller caller) {
        this.capabilities = capabilities;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Localised
    @Operation(operationId = "listCapabilities", summary = "An organisation's capabilities", description = "Public. Labels in ?lang= or Accept-Language.")
    public RestResponse<Page<CapabilityView>> list(@PathParam("identifier") String identifier,
            @QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @BeanParam @Valid PageParameters page, @Context UriInfo request) {
        UnLanguage language = UnLanguage.negotiate(lang != null ? lang : acceptLanguage);
        List<Capability> found = capabilities.of(identifier);
        return Pages.ok(page.slice("capabilities " + identifier,
                found.stream().map(c -> CapabilityView.of(c, language)).toList(),
                Page.latestOf(found, c -> c.createdAt)), request);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.FIELD_OFFICE, Roles.DONOR, Roles.PARTNER })
    @Operation(operationId = "replaceCapabilities", summary = "Replace an organisation's capabilities",
            description = "The whole list (an empty list: none). If-Match takes the organisation's ETag; the answer carries its new one. Each TA subtype must apply to each instrument given. Published as ta.registry.capability.changed.v1. A field office, donor or partner changes its own organisation's only; coordinators any.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CapabilityView.class)))
    public Response replace(@PathParam("identifier") String identifier,
            @NotNull @Size(max = 100) List<@NotNull @Valid CapabilityRequest> requests,
            @Parameter(description = "the organisation's ETag") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        List<CapabilityView> views = capabilities.replace(identifier, requests, ifMatch, caller).stream()
                .map(c -> CapabilityView.of(c, UnLanguage.FALLBACK)).toList();
        int version = Organisation.byIdentifier(identifier).orElseThrow().version;
        return Response.ok(views).tag(EntityTag.valueOf(Preconditions.etag(version))).build();
    }
}
