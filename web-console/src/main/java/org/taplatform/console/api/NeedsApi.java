package org.taplatform.console.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * needs-service's register as the signed-in user reads it: with their token, so each need shows only if its sharing
 * consent lets this reader see it (docs/needs-service.md).
 */
@RegisterRestClient(configKey = "needs")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface NeedsApi {

    @GET
    @Path("/needs")
    JsonNode needs(@HeaderParam("Authorization") String bearer, @QueryParam("country") String country,
            @QueryParam("instrument") String instrument, @QueryParam("taType") String taType,
            @QueryParam("limit") int limit, @QueryParam("cursor") String cursor, @QueryParam("lang") String language);

    /** The needs this reader may see, counted by type (view CONSENT). */
    @GET
    @Path("/analysis/needs/by-ta-type")
    JsonNode byTaType(@HeaderParam("Authorization") String bearer, @QueryParam("country") String country,
            @QueryParam("instrument") String instrument, @QueryParam("lang") String language);

    @GET
    @Path("/reference/countries")
    JsonNode countries(@QueryParam("lang") String language);

    @GET
    @Path("/reference/instruments")
    JsonNode instruments(@QueryParam("lang") String language);

    @GET
    @Path("/reference/ta-types")
    JsonNode taTypes(@QueryParam("lang") String language);
}
