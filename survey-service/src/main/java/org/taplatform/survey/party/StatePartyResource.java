package org.taplatform.survey.party;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;
import org.taplatform.reference.paging.Page;
import org.taplatform.reference.paging.PageParameters;
import org.taplatform.reference.paging.Pages;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taplatform.reference.security.Caller;
import org.taplatform.reference.security.Roles;
import org.taplatform.reference.validation.InstrumentCode;

@Path("/api/v1/states-parties")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "States parties", description = "Which States are parties to which instrument, since when: the expected reporters of a cycle")
@SecurityRequirement(name = "SecurityScheme")
public class StatePartyResource {

    private final StatePartyService parties;
    private final Caller caller;

    StatePartyResource(StatePartyService parties, Caller caller) {
        this.parties = parties;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.ANALYST, Roles.STATE_FOCAL_POINT })
    @Operation(operationId = "listStatesParties", summary = "States parties, by instrument and country")
    public RestResponse<Page<StatePartyRecord>> list(@QueryParam("instrument") @InstrumentCode String instrument, @BeanParam @Valid PageParameters page, @Context UriInfo request) {
        return Pages.ok(parties.list(instrument, page), request);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "recordStatesParties", summary = "Record ratifications, accessions and withdrawals",
            description = "Creates or corrects each entry (instrument + country); all entries or none. Cycles already open keep their snapshot.")
    public List<StatePartyRecord> record(@NotNull @NotEmpty @Size(max = 2000) List<@NotNull @Valid StatePartyRecord> entries) {
        return parties.record(entries, caller);
    }
}
