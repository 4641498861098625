package org.taplatform.registry.tool;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.BeanParam;
import org.jboss.resteasy.reactive.RestResponse;
import org.taplatform.reference.paging.Page;
import org.taplatform.reference.paging.PageParameters;
import org.taplatform.reference.paging.Pages;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taplatform.reference.problem.Preconditions;
import org.taplatform.reference.security.Caller;
import org.taplatform.reference.security.Roles;
import org.taplatform.reference.validation.InstrumentCode;
import org.taplatform.reference.validation.LanguageTag;
import org.taplatform.reference.validation.TaSubtypeCode;
import org.taplatform.registry.support.Editors;
import org.taplatform.registry.support.QueryCodes;

@Path("/api/v1/tools")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "TA tools", description = "The catalogue of technical assistance tools (model laws, legislative guides, digests of cases, training packages, e-learning courses, checklists) in their languages")
public class ToolResource {

    private final ToolService tools;
    private final Caller caller;

    ToolResource(ToolService tools, Caller caller) {
        this.tools = tools;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listTools", summary = "The catalogue, filtered", description = "For everyone. Newest first; filters: taSubtype, instrument, article (UNTOC 18 also finds UNTOC 18(13)), language (a version exists in it), kind, publisher.")
    public RestResponse<Page<ToolView>> list(@QueryParam("taSubtype") @TaSubtypeCode String taSubtype,
            @QueryParam("instrument") @InstrumentCode String instrument,
            @QueryParam("article") @Size(max = 30) String article, @QueryParam("language") @LanguageTag String language,
            @QueryParam("kind") String kind, @QueryParam("publisher") @Size(max = 100) String publisher,
            @BeanParam @Valid PageParameters page, @Context UriInfo request) {
        List<ToolView> found = tools.list(taSubtype, instrument, article, language,
                QueryCodes.valueOf(ToolKind.class, kind, "kind"), publisher).stream().map(ToolView::of).toList();
        return Pages.ok(page.slice("tools", found, Page.latestOf(found, ToolView::updatedAt)), request);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getTool", summary = "One tool", description = "The ETag is its version, for If-Match.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ToolView.class)))
    public Response get(@PathParam("id") UUID id) {
        return tagged(Response.ok(), tools.get(id));
    }

    @GET
    @Path("/translation-backlog")
    @PermitAll
    @Operation(operationId = "getTranslationBacklog", summary = "The translation backlog", description = "For each of the six UN languages, the current tools that do not exist in it (identifier, kind, title in English or the first language).")
    public Map<String, List<MissingTool>> translationBacklog() {
        Map<String, List<MissingTool>> backlog = new LinkedHashMap<>();
        tools.translationBacklog().forEach((language, missing) -> backlog.put(language, missing.stream()
                .map(t -> new MissingTool(t.id, t.kind, t.titles.getOrDefault("en", t.titles.values().iterator().next())))
                .toList()));
        return backlog;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.FIELD_OFFICE, Roles.DONOR, Roles.PARTNER })
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(operationId = "registerTool", summary = "Register a tool", description = "By its publishing organisation's people or a coordinator. Published as ta.registry.tool.changed.v1 (REGISTERED).")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ToolView.class)), description = "registered")
    public Response register(@NotNull @Valid ToolRequest request) {
        Editors.requireMayEdit(caller, request.publisher());
        Tool tool = tools.register(request, caller.name());
        return tagged(Response.created(URI.create("/api/v1/tools/" + tool.id)), tool);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.FIELD_OFFICE, Roles.DONOR, Roles.PARTNER })
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(operationId = "updateTool", summary = "Replace a tool's description", description = "Its publisher's people or a coordinator, with If-Match; the publisher stays. Published (UPDATED).")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ToolView.class)))
    public Response update(@PathParam("id") UUID id, @NotNull @Valid ToolRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Editors.requireMayEdit(caller, tools.get(id).publisher);
        return tagged(Response.ok(), tools.update(id, request, ifMatch, caller.name()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.FIELD_OFFICE, Roles.DONOR, Roles.PARTNER })
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(operationId = "withdrawTool", summary = "Withdraw a tool", description = "With If-Match. Published (WITHDRAWN).")
    @APIResponse(responseCode = "204", description = "withdrawn")
    public Response withdraw(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Editors.requireMayEdit(caller, tools.get(id).publisher);
        tools.withdraw(id, ifMatch, caller.name());
        return Response.noContent().build();
    }

    private static Response tagged(Response.ResponseBuilder builder, Tool tool) {
        return builder.entity(ToolView.of(tool)).tag(EntityTag.valueOf(Preconditions.etag(tool.version))).build();
    }

    /** A tool missing in a language: what a translator needs to pick it up. */
    public record MissingTool(@Schema(example = "5f0c6a1e-3b7d-4c2a-9e1f-8a2b4c6d8e0f") UUID id, ToolKind kind,
            @Schema(example = "Model law on mutual assistance in criminal matters", description = "in English, else its first language") String title) {
    }
}
