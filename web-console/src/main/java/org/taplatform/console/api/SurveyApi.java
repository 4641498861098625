package org.taplatform.console.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * survey-service's API as the signed-in user calls it (docs/survey-service.md): each call carries the user's access
 * token, so the service decides what the user may see and do. Answers come back as {@link Response}s: the page needs
 * their status, problem details and ETag.
 */
@RegisterRestClient(configKey = "survey")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface SurveyApi {

    @GET
    @Path("/cycles")
    JsonNode cycles(@HeaderParam("Authorization") String bearer);

    @GET
    @Path("/responses")
    JsonNode responses(@HeaderParam("Authorization") String bearer, @QueryParam("cycleId") String cycleId,
            @QueryParam("country") String country, @QueryParam("limit") int limit);

    @POST
    @Path("/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    Response start(@HeaderParam("Authorization") String bearer, JsonNode newResponse);

    @GET
    @Path("/responses/{id}")
    Response response(@HeaderParam("Authorization") String bearer, @PathParam("id") String id);

    @PUT
    @Path("/responses/{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    Response save(@HeaderParam("Authorization") String bearer, @HeaderParam("If-Match") String etag,
            @PathParam("id") String id, JsonNode answers);

    @POST
    @Path("/responses/{id}/submit")
    Response submit(@HeaderParam("Authorization") String bearer, @HeaderParam("If-Match") String etag,
            @PathParam("id") String id);

    @GET
    @Path("/questionnaires/{id}/preview")
    JsonNode preview(@HeaderParam("Authorization") String bearer, @PathParam("id") String questionnaireId,
            @QueryParam("lang") String language);

    /** The TA taxonomy in a language (reference data, public). */
    @GET
    @Path("/reference/ta-types")
    JsonNode taTypes(@QueryParam("lang") String language);

    /** A submitted response amended: all the answers and the reason (a new revision). */
    @POST
    @Path("/responses/{id}/amendments")
    @Consumes(MediaType.APPLICATION_JSON)
    Response amend(@HeaderParam("Authorization") String bearer, @HeaderParam("If-Match") String etag,
            @PathParam("id") String id, JsonNode amendment);

    @GET
    @Path("/responses/{id}/revisions")
    JsonNode revisions(@HeaderParam("Authorization") String bearer, @PathParam("id") String id,
            @QueryParam("limit") int limit);

    /** A cycle's response rates per instrument, with its respondents and non-respondents (coordinators, analysts). */
    @GET
    @Path("/cycles/{id}/statistics")
    JsonNode statistics(@HeaderParam("Authorization") String bearer, @PathParam("id") String cycleId,
            @QueryParam("lang") String language);
}
