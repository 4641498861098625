package org.taplatform.needs.need;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taplatform.reference.UnLanguage;
import org.taplatform.reference.security.Caller;
import org.taplatform.reference.security.Roles;

@Path("/api/v1/needs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Needs", description = "The consolidated needs register, within each State's sharing consent")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({ Roles.COORDINATOR, Roles.ANALYST, Roles.STATE_FOCAL_POINT, Roles.DONOR, Roles.PARTNER,
        Roles.FIELD_OFFICE })
public class NeedResource {

    private final NeedService needs;
    private final Caller caller;

    NeedResource(NeedService needs, Caller caller) {
        this.needs = needs;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Needs the caller may see, filtered, in pages",
            description = "Donors, partners and field offices see needs shared with providers and donors or public; a focal point also sees all of its own country's; UNODC sees all. Every filter is a code of the reference data (unknown codes: 400). The order is stable (the sort key, then the id); follow nextCursor with the same filters and sort. Labels in ?lang= or Accept-Language (six UN languages; any other language gets English, and Content-Language says which).")
    public Response list(@BeanParam @Valid NeedQuery query, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        UnLanguage language = UnLanguage.negotiate(query.lang != null ? query.lang : acceptLanguage);
        return Response.ok(needs.query(query, caller, language)).header(HttpHeaders.CONTENT_LANGUAGE, language.tag()).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One need", description = "404 also when the State's consent does not let the caller see it.")
    public Response get(@PathParam("id") UUID id, @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        UnLanguage language = UnLanguage.negotiate(lang != null ? lang : acceptLanguage);
        NeedView need = needs.find(id, caller, language).orElseThrow(() -> new NotFoundException("No need " + id));
        return Response.ok(need).header(HttpHeaders.CONTENT_LANGUAGE, language.tag()).build();
    }
}
