package org.taplatform.console.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

/** needs-service's public analysis (docs/needs-service.md): what anyone may read, without a token. */
@RegisterRestClient(configKey = "needs")
@Path("/api/v1/analysis")
public interface NeedsAnalysisApi {

    @GET
    @Path("/response-rates")
    @Produces(MediaType.APPLICATION_JSON)
    JsonNode responseRates(@QueryParam("lang") String language);

    /** The public table (every need counted, no country named, small cells withheld). */
    @GET
    @Path("/needs/by-ta-type")
    @Produces(MediaType.APPLICATION_JSON)
    JsonNode needsByTaType(@QueryParam("view") String view, @QueryParam("lang") String language);

    @GET
    @Path("/needs/by-ta-type.png")
    @Produces("image/png")
    byte[] needsByTaTypeChart(@QueryParam("view") String view, @QueryParam("lang") String language);
}
