package org.taplatform.console.page;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A page only coordinators may open, to show what everyone else meets (tests only). */
@Path("/test-only/coordinators")
public class CoordinatorsOnly {

    @GET
    @RolesAllowed("coordinator")
    public String page() {
        return "for coordinators";
    }
}
