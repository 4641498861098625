package org.taplatform.console.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * coordination-service's API as the signed-in user calls it (docs/coordination-service.md): gaps, matches and overlap
 * alerts as their token lets them see and settle. Reads answer {@link JsonNode}s; a refusal is a
 * {@code WebApplicationException} whose response carries the problem detail. Actions answer {@link Response}s: the
 * page needs their status and problem.
 */
@RegisterRestClient(configKey = "coordination")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface CoordinationApi {

    @GET
    @Path("/gaps")
    JsonNode gaps(@HeaderParam("Authorization") String bearer, @QueryParam("country") String country,
            @QueryParam("region") String region, @QueryParam("instrument") String instrument,
            @QueryParam("taType") String taType, @QueryParam("limit") int limit, @QueryParam("cursor") String cursor);

    /** The country coordination view: needs with coverage and best matches, activities, alerts, open requests. */
    @GET
    @Path("/countries/{country}/coordination")
    JsonNode country(@HeaderParam("Authorization") String bearer, @PathParam("country") String country,
            @QueryParam("matches") int matches);

    @GET
    @Path("/needs/{id}")
    JsonNode need(@HeaderParam("Authorization") String bearer, @PathParam("id") String id);

    /** The organisations that could answer the need, best first, each score explained. */
    @GET
    @Path("/needs/{id}/matches")
    JsonNode matches(@HeaderParam("Authorization") String bearer, @PathParam("id") String id,
            @QueryParam("limit") int limit);

    /** What to read beside a need: tools and lessons, each with why. */
    @GET
    @Path("/needs/{id}/knowledge")
    JsonNode knowledge(@HeaderParam("Authorization") String bearer, @PathParam("id") String id);

    @GET
    @Path("/overlap-alerts")
    JsonNode alerts(@HeaderParam("Authorization") String bearer, @QueryParam("status") String status,
            @QueryParam("country") String country, @QueryParam("limit") int limit, @QueryParam("cursor") String cursor);

    @GET
    @Path("/overlap-alerts/{id}")
    JsonNode alert(@HeaderParam("Authorization") String bearer, @PathParam("id") String id);

    /** Acknowledge, dismiss or merge ({@code action}); dismiss and merge carry a body with their reason. */
    @POST
    @Path("/overlap-alerts/{id}/{action}")
    @Consumes(MediaType.APPLICATION_JSON)
    Response settle(@HeaderParam("Authorization") String bearer, @HeaderParam("If-Match") String version,
            @PathParam("id") String id, @PathParam("action") String action, JsonNode body);

    /** The pre-registration check: the registered activities a planned one likely overlaps, with the evidence. */
    @POST
    @Path("/overlaps/check")
    @Consumes(MediaType.APPLICATION_JSON)
    Response check(@HeaderParam("Authorization") String bearer, JsonNode draft);

    @GET
    @Path("/subscriptions")
    JsonNode subscriptions(@HeaderParam("Authorization") String bearer, @QueryParam("limit") int limit);

    /** Answers 201 with the signing secret, this once. */
    @POST
    @Path("/subscriptions")
    @Consumes(MediaType.APPLICATION_JSON)
    Response subscribe(@HeaderParam("Authorization") String bearer, JsonNode subscription);

    @jakarta.ws.rs.DELETE
    @Path("/subscriptions/{id}")
    Response unsubscribe(@HeaderParam("Authorization") String bearer, @PathParam("id") String id);

    @GET
    @Path("/subscriptions/{id}/deliveries")
    JsonNode deliveries(@HeaderParam("Authorization") String bearer, @PathParam("id") String id,
            @QueryParam("limit") int limit);

    /** A DEAD delivery sent again (409 for any other), with a fresh set of attempts under the same webhook-id. */
    @POST
    @Path("/subscriptions/{id}/deliveries/{deliveryId}/redeliver")
    Response redeliver(@HeaderParam("Authorization") String bearer, @PathParam("id") String id,
            @PathParam("deliveryId") String deliveryId);

    @GET
    @Path("/requests")
    JsonNode requests(@HeaderParam("Authorization") String bearer, @QueryParam("status") String status,
            @QueryParam("limit") int limit, @QueryParam("cursor") String cursor);

    @GET
    @Path("/requests/{id}")
    JsonNode request(@HeaderParam("Authorization") String bearer, @PathParam("id") String id);

    /** A State asks for assistance with some of its needs. */
    @POST
    @Path("/requests")
    @Consumes(MediaType.APPLICATION_JSON)
    Response ask(@HeaderParam("Authorization") String bearer, JsonNode submission);

    /**
     * An action on a request ({@code forward}, {@code cancel}, {@code offers}, {@code offers/{offerId}/accept},
     * {@code offers/{offerId}/withdraw}); the request's version as If-Match where the service asks for it.
     */
    @POST
    @Path("/requests/{id}/{action: .+}")
    @Consumes(MediaType.APPLICATION_JSON)
    Response act(@HeaderParam("Authorization") String bearer, @HeaderParam("If-Match") String version,
            @PathParam("id") String id, @PathParam("action") String action, JsonNode body);

    /** Starts a rebuild of the read models from the topics (VERIFY or REPLACE); 202 with the job. */
    @POST
    @Path("/read-models/rebuilds")
    Response rebuild(@HeaderParam("Authorization") String bearer, @QueryParam("mode") String mode);

    @GET
    @Path("/read-models/rebuilds/{id}")
    JsonNode rebuildJob(@HeaderParam("Authorization") String bearer, @PathParam("id") String id);
}
