package org.taplatform.coordination.need;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taplatform.reference.security.Caller;
import org.taplatform.reference.security.Roles;

@Path("/api/v1/needs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Needs", description = "Needs as coordination sees them (read model of needs-service's events)")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({ Roles.COORDINATOR, Roles.STATE_FOCAL_POINT, Roles.DONOR, Roles.PARTNER,
        Roles.FIELD_OFFICE })
public class NeedReadModelResource {

    private final NeedReadModelService needs;
    private final Caller caller;

    NeedReadModelResource(NeedReadModelService needs, Caller caller) {
        this.needs = needs;
        this.caller = caller;
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCoordinationNeed", summary = "One need, as known to coordination",
            description = "404 also when the State's consent does not let the caller see it.")
    public NeedReadModelView get(@PathParam("id") UUID id) {
        return needs.find(id, caller).orElseThrow(() -> new NotFoundException("No need " + id));
    }
}
