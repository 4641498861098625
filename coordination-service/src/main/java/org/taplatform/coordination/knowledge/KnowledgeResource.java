package org.taplatform.coordination.knowledge;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taplatform.reference.problem.ProblemException;
import org.taplatform.reference.security.Caller;
import org.taplatform.reference.security.Roles;

@Path("/api/v1/needs/{id}/knowledge")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matching")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({ Roles.COORDINATOR, Roles.STATE_FOCAL_POINT, Roles.DONOR, Roles.PARTNER, Roles.FIELD_OFFICE })
public class KnowledgeResource {

    private final KnowledgeService knowledge;
    private final Caller caller;

    KnowledgeResource(KnowledgeService knowledge, Caller caller) {
        this.knowledge = knowledge;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getNeedKnowledge", summary = "What to read beside a need: tools and lessons, each with why",
            description = "The TA tools of the registry's catalogue that serve the need's TA subtype or its article and exist in a language of the State, and the lessons of evaluated activities of the same subtype in the same country or its narrowest M49 area, best rated first; at most five of each. Only for a need the caller may see: 404 otherwise.")
    public Beside beside(@PathParam("id") UUID needId) {
        return knowledge.beside(needId, caller).orElseThrow(() -> ProblemException.notFound("No need " + needId));
    }
}
