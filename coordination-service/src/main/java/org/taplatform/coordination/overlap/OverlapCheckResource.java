package org.taplatform.coordination.overlap;

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
    @Operation(operationId = "checkOverlaps", summary = "Check a planned activity for overlaps before registering it",
            description = "Registered activities (pipeline, implementation, finalisation; the caller's own too, which catches an activity entered twice) in the same countries whose dates overlap and that share a TA subtype or beneficiaries. overlaps: HIGH (likely the same activity reported twice: alike subject and texts with the same dates, budget or implementer), MEDIUM (overlapping work: the same subtype and subject at the same time), LOW (the same subtype for the same people, or a regional activity beside a national one); texts compared per language with Lucene's analysis, words weighted by rarity (BM25 inverse document frequency). linked: the same money flow reported by its funder or implementer (participants' roles) or named by IATI identifier: to link, not to register twice. Each with its evidence. Changes nothing.")
    public OverlapCheck check(@NotNull @Valid DraftActivity draft) {
        return overlaps.check(draft);
    }
}
