package org.taplatform.console.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * needs-service's analysis (docs/needs-service.md): the public tables anyone may read without a token, and the same
 * breakdowns over the needs a signed-in reader may see.
 */
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

    /**
     * Needs counted by a dimension (ta-type, instrument, region, ...), filtered: with the reader's token the needs they
     * may see (view CONSENT), without it the public table.
     */
    @GET
    @Path("/needs/by-{dimension}")
    @Produces(MediaType.APPLICATION_JSON)
    JsonNode needsBy(@jakarta.ws.rs.HeaderParam("Authorization") String bearer,
            @jakarta.ws.rs.PathParam("dimension") String dimension, @QueryParam("country") String country,
            @QueryParam("region") String region, @QueryParam("instrument") String instrument,
            @QueryParam("lang") String language);

    /** The same as a chart. */
    @GET
    @Path("/needs/by-{dimension}.png")
    @Produces("image/png")
    byte[] needsByChart(@jakarta.ws.rs.HeaderParam("Authorization") String bearer,
            @jakarta.ws.rs.PathParam("dimension") String dimension, @QueryParam("country") String country,
            @QueryParam("region") String region, @QueryParam("instrument") String instrument,
            @QueryParam("lang") String language);
}
