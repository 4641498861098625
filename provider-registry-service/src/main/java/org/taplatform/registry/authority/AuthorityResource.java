package org.taplatform.registry.authority;

import org.taplatform.reference.UnLanguage;
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
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taplatform.reference.problem.Preconditions;
import org.taplatform.reference.problem.Problem.Violation;
import org.taplatform.reference.problem.ProblemException;
import org.taplatform.reference.security.Caller;
import org.taplatform.reference.security.Roles;
import org.taplatform.reference.validation.CountryCode;
import org.taplatform.reference.validation.LanguageTag;
import org.taplatform.registry.support.QueryCodes;

@Path("/api/v1/competent-authorities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Competent national authorities", description = "The directory of the authorities States designate: central authorities for mutual legal assistance (UNTOC art. 18(13)), extradition, the Protocols' and thematic contact points")
@SecurityRequirement(name = "SecurityScheme")
public class AuthorityResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final AuthorityService authorities;
    private final ConfirmationPolicy policy;
    private final Caller caller;

    AuthorityResource(AuthorityService authorities, ConfirmationPolicy policy, Caller caller) {
        this.authorities = authorities;
        this.policy = policy;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.FIELD_OFFICE, Roles.DONOR, Roles.PARTNER, Roles.STATE_FOCAL_POINT, Roles.ANALYST })
    @Operation(operationId = "listCompetentAuthorities", summary = "The directory, filtered", description = "For users of the platform (nothing here is public). Current entries by country and name; filters: country, designation, language (an entry accepting fr-CA matches fr), stale (not confirmed within twelve months: the follow-up list).")
    public RestResponse<Page<AuthorityView>> list(@QueryParam("country") @CountryCode String country,
            @QueryParam("designation") @Parameter(description = "a designation code, e.g. MLA_CENTRAL_AUTHORITY") String designation,
            @QueryParam("language") @LanguageTag String language, @QueryParam("stale") Boolean stale,
            @BeanParam @Valid PageParameters page, @Context UriInfo request) {
        List<AuthorityView> found = entries(country, designation, language, stale);
        return Pages.ok(page.slice("competent-authorities", found, Page.latestOf(found, AuthorityView::updatedAt)), request);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.FIELD_OFFICE, Roles.DONOR, Roles.PARTNER, Roles.STATE_FOCAL_POINT, Roles.ANALYST })
    @Operation(operationId = "getCompetentAuthority", summary = "One entry", description = "The ETag is its version, for If-Match.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = AuthorityView.class)))
    public Response get(@PathParam("id") UUID id) {
        return tagged(Response.ok(), authorities.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.STATE_FOCAL_POINT })
    @Operation(operationId = "registerCompetentAuthority", summary = "Register an entry", description = "By the State's focal point (its own country only) or a coordinator. Published as ta.registry.authority.changed.v1 (REGISTERED), without the channels.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = AuthorityView.class)), description = "registered")
    public Response register(@NotNull @Valid AuthorityRequest request) {
        CompetentAuthority authority = authorities.register(request, caller);
        return tagged(Response.created(URI.create("/api/v1/competent-authorities/" + authority.id)), authority);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.STATE_FOCAL_POINT })
    @Operation(operationId = "updateCompetentAuthority", summary = "Replace an entry", description = "Its State's focal point or a coordinator, with If-Match; the country stays. Published (UPDATED).")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = AuthorityView.class)))
    public Response update(@PathParam("id") UUID id, @NotNull @Valid AuthorityRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return tagged(Response.ok(), authorities.update(id, request, ifMatch, caller));
    }

    @POST
    @Path("/{id}/confirmations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.STATE_FOCAL_POINT })
    @Operation(operationId = "confirmCompetentAuthority", summary = "Confirm an entry as it stands", description = "On a day not in the future and not before the last confirmation; with If-Match. Published (CONFIRMED).")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = AuthorityView.class)))
    public Response confirm(@PathParam("id") UUID id, @NotNull @Valid ConfirmationRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return tagged(Response.ok(), authorities.confirm(id, request.confirmedOn(), ifMatch, caller));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.STATE_FOCAL_POINT })
    @Operation(operationId = "withdrawCompetentAuthority", summary = "Withdraw an entry", description = "It no longer appears in the directory. With If-Match. Published (WITHDRAWN).")
    @APIResponse(responseCode = "204", description = "withdrawn")
    public Response withdraw(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        authorities.withdraw(id, ifMatch, caller);
        return Response.noContent().build();
    }

    @GET
    @Path("/export/{format}")
    @Produces({ "text/csv", XLSX })
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "exportCompetentAuthorities", summary = "The directory as a file", description = "For coordinators: every current entry with its channels, as csv or xlsx; filters as for the list.")
    @APIResponse(responseCode = "200", description = "The file", content = { @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")), @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response export(@PathParam("format") @Parameter(description = "csv or xlsx", schema = @Schema(enumeration = { "csv", "xlsx" })) String format,
            @QueryParam("country") @CountryCode String country, @QueryParam("designation") String designation,
            @QueryParam("language") @LanguageTag String language, @QueryParam("stale") Boolean stale,
            @QueryParam("lang") @Parameter(description = "the language of the XLSX file's headers (else Accept-Language); a CSV file keeps the machine names") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        UnLanguage headers = UnLanguage.negotiate(lang != null ? lang : acceptLanguage);
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw ProblemException.invalid("No such export format", List.of(new Violation("format", "path",
                    "must be csv or xlsx")));
        }
        List<AuthorityView> entries = entries(country, designation, language, stale);
        StreamingOutput body = out -> {
            if (format.equals("csv")) {
                AuthorityExport.csv(entries, out);
            } else {
                AuthorityExport.xlsx(entries, headers, out);
            }
        };
        return Response.ok(body, format.equals("csv") ? "text/csv;charset=UTF-8" : XLSX)
                .header(HttpHeaders.CONTENT_LANGUAGE, format.equals("xlsx") ? headers.tag() : null)
                .header("Content-Disposition", "attachment; filename=\"competent-authorities." + format + "\"").build();
    }

    private List<AuthorityView> entries(String country, String designation, String language, Boolean stale) {
        return authorities.list(country, QueryCodes.valueOf(Designation.class, designation, "designation"), language, stale)
                .stream().map(a -> AuthorityView.of(a, policy)).toList();
    }

    private Response tagged(Response.ResponseBuilder builder, CompetentAuthority authority) {
        return builder.entity(AuthorityView.of(authority, policy))
                .tag(EntityTag.valueOf(Preconditions.etag(authority.version))).build();
    }
}
