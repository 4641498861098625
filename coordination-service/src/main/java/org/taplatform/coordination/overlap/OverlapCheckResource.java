package org.taplatform.coordination.overlap;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taplatform.coordination.overlap.model.Overlap;
import org.taplatform.reference.security.Roles;

@Path("/api/v1/overlaps/check")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Overlaps", description = "Duplicated or overlapping assistance")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({ Roles.COORDINATOR, Roles.FIELD_OFFICE, Roles.DONOR, Roles.PARTNER })
public class OverlapCheckResource {

    private final OverlapCheckService overlaps;

    OverlapCheckResource(OverlapCheckService overlaps) {
        this.overlaps = overlaps;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check a planned activity for overlaps before registering it",
            description = "Other organisations' registered activities (pipeline, implementation, finalisation) in the same countries whose dates overlap and that share a TA subtype or beneficiaries, rated by how alike the texts are (titles and descriptions analysed per language with Lucene: stop words, stemming): HIGH (half of the terms alike and the same subtype), MEDIUM (a third alike), LOW (same subtype and beneficiaries). Each with its evidence. Changes nothing.")
    public List<Overlap> check(@NotNull @Valid DraftActivity draft) {
        return overlaps.check(draft);
    }
}
