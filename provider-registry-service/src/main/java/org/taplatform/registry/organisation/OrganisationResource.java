package org.taplatform.registry.organisation;

import jakarta.ws.rs.BeanParam;
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

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taplatform.reference.api.Localised;
import org.taplatform.reference.UnLanguage;
import org.taplatform.reference.problem.Preconditions;
import org.taplatform.reference.security.Caller;
import org.taplatform.reference.security.Roles;
import org.taplatform.reference.validation.CountryCode;
import org.taplatform.reference.validation.RegionCode;

import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "Donors, providers and UNODC field offices, with their contact points")
@SecurityRequirement(name = "SecurityScheme")
public class OrganisationResource {

    static final String EDITORS_NOTE = " A field office, donor or partner changes its own organisation only (the organisation claim of its token, also for client-credentials integrations); coordinators change any.";

    private final OrganisationService organisations;
    private final Caller caller;
    private final SecurityIdentity identity;

    OrganisationResource(OrganisationService organisations, Caller caller, SecurityIdentity identity) {
        this.organisations = organisations;
        this.caller = caller;
        this.identity = identity;
    }

    @GET
    @PermitAll
    @Localised
    @Operation(operationId = "listOrganisations", summary = "Organisations, by identifier, in pages",
            description = "Public (what IATI publishes anyway), without contact points. Filters: kind, country and region of operation, words of a name or the identifier, the organisation they are units of (UNODC's field offices: unitOf=XM-DAC-41128). In pages by identifier; asOf is when the selected organisations last changed.")
    public RestResponse<Page<OrganisationView>> list(@QueryParam("kind") OrganisationKind kind,
            @QueryParam("country") @CountryCode String country, @QueryParam("region") @RegionCode String region,
            @QueryParam("q") @Size(max = 100) String text,
            @QueryParam("unitOf") @Size(max = 100) @Parameter(example = "XM-DAC-41128") String unitOf,
            @BeanParam @Valid PageParameters page,
            @QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context UriInfo request) {
        String language = language(lang, acceptLanguage);
        return Pages.ok(organisations.list(kind, country, region, text, unitOf, page,
                o -> OrganisationView.of(o, language, null)),
                request);
    }

    @GET
    @Path("/{identifier}")
    @PermitAll
    @Localised
    @Operation(operationId = "getOrganisation", summary = "One organisation", description = "Contact points (personal data) only for authenticated callers. The ETag is the version, for If-Match.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    public Response get(@PathParam("identifier") String identifier, @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Organisation organisation = organisations.get(identifier);
        List<ContactPoint> contacts = identity.isAnonymous() ? null : organisations.contactPoints(organisation);
        return tagged(Response.ok(), OrganisationView.of(organisation, language(lang, acceptLanguage), contacts));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.FIELD_OFFICE, Roles.DONOR, Roles.PARTNER })
    @Operation(operationId = "registerOrganisation", summary = "Register an organisation",
            description = "Published as ta.registry.organisation.registered.v1. 409 if the identifier is registered already; 409 probable-duplicate (its report lists the candidates, each with why) when it looks like a registered organisation: the same identifier written another way, the same website, or names alike in any language (or one the acronym of the other). If it is not one of them, register it again with their identifiers in distinctFrom." + EDITORS_NOTE)
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = OrganisationView.class)), description = "registered; Location and ETag")
    public Response register(@NotNull @Valid OrganisationRequest request) {
        Organisation organisation = organisations.register(request, caller);
        return tagged(Response.created(URI.create("/api/v1/organisations/" + organisation.identifier)),
                OrganisationView.of(organisation, "en", List.of()));
    }

    @POST
    @Path("/{identifier}/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "setOrganisationVerification", summary = "Mark an organisation verified (or not)",
            description = "A coordinator's check that the organisation is who it says, with what was checked. With If-Match. Shown with the organisation and in matches; published as ta.registry.organisation.updated.v1.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "409", description = "merged into another organisation")
    public Response verify(@PathParam("identifier") String identifier, @NotNull @Valid VerificationRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Organisation organisation = organisations.verify(identifier, request, ifMatch, caller);
        return tagged(Response.ok(), OrganisationView.of(organisation, "en", organisations.contactPoints(organisation)));
    }

    @POST
    @Path("/{identifier}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "mergeOrganisation", summary = "Merge a duplicate organisation into the one it duplicates",
            description = "The duplicate stays, so that its identifier still resolves and names the survivor (mergedInto), but it is no longer listed, matched or proposed as a duplicate candidate. With If-Match (the duplicate's). Published as ta.registry.organisation.updated.v1.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "409", description = "one of the two was merged already")
    public Response merge(@PathParam("identifier") String identifier, @NotNull @Valid MergeRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Organisation organisation = organisations.merge(identifier, request, ifMatch, caller);
        return tagged(Response.ok(), OrganisationView.of(organisation, "en", organisations.contactPoints(organisation)));
    }

    @PUT
    @Path("/{identifier}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.FIELD_OFFICE, Roles.DONOR, Roles.PARTNER })
    @Operation(operationId = "updateOrganisation", summary = "Update an organisation's profile", description = "Requires If-Match. Published as ta.registry.organisation.updated.v1." + EDITORS_NOTE)
    @APIResponse(responseCode = "412", description = "changed since it was read")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    public Response update(@PathParam("identifier") String identifier, @NotNull @Valid OrganisationRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Organisation organisation = organisations.update(identifier, request, ifMatch, caller);
        return tagged(Response.ok(), OrganisationView.of(organisation, "en", organisations.contactPoints(organisation)));
    }

    @POST
    @Path("/{identifier}/contact-points")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.FIELD_OFFICE, Roles.DONOR, Roles.PARTNER })
    @Operation(operationId = "addContactPoint", summary = "Add a contact point", description = "Personal data: shown to authenticated users only, never in events or IATI files." + EDITORS_NOTE)
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = OrganisationView.ContactPointView.class)), description = "added")
    public Response addContactPoint(@PathParam("identifier") String identifier,
            @NotNull @Valid ContactPointRequest request) {
        ContactPoint contact = organisations.addContactPoint(identifier, request, caller);
        return Response.created(URI.create("/api/v1/organisations/" + identifier + "/contact-points/" + contact.id))
                .entity(OrganisationView.ContactPointView.of(contact)).build();
    }

    @POST
    @Path("/{identifier}/contact-points/{contactId}/erasure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.FIELD_OFFICE, Roles.DONOR, Roles.PARTNER })
    @Operation(operationId = "eraseContactPoint", summary = "Erase a contact point's personal data on request",
            description = "Name, position, e-mail, phone and languages are deleted for good; who erased them, when and why is kept. 409 if erased already." + EDITORS_NOTE)
    public OrganisationView.ContactPointView erase(@PathParam("identifier") String identifier,
            @PathParam("contactId") UUID contactId, @NotNull @Valid ErasureRequest request) {
        return OrganisationView.ContactPointView.of(organisations.erase(identifier, contactId, request, caller));
    }

    private static Response tagged(Response.ResponseBuilder builder, OrganisationView view) {
        return builder.entity(view).tag(EntityTag.valueOf(Preconditions.etag(view.version()))).build();
    }

    private static String language(String lang, String acceptLanguage) {
        return UnLanguage.negotiate(lang != null ? lang : acceptLanguage).tag();
    }
}
