package org.taplatform.needs.need;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taplatform.reference.security.Caller;
import org.taplatform.reference.security.Roles;
import org.taplatform.reference.validation.CountryCode;

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
    @Operation(summary = "Needs the caller may see",
            description = "Donors, partners and field offices see needs shared with providers and donors or public; a focal point also sees all of its own country's; UNODC sees all.")
    public List<NeedView> list(
            @Parameter(description = "ISO 3166-1 alpha-3 code", example = "KEN") @QueryParam("country") @CountryCode String country) {
        return needs.list(country, caller);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One need", description = "404 also when the State's consent does not let the caller see it.")
    public NeedView get(@PathParam("id") UUID id) {
        return needs.find(id, caller).orElseThrow(() -> new NotFoundException("No need " + id));
    }
}
