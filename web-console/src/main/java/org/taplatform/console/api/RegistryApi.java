package org.taplatform.console.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * provider-registry-service's API as the signed-in user calls it (docs/provider-registry-service.md): the activities
 * an organisation reports, registered for its own organisation only, as the service checks.
 */
@RegisterRestClient(configKey = "registry")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface RegistryApi {

    @GET
    @Path("/activities")
    JsonNode activities(@HeaderParam("Authorization") String bearer, @QueryParam("organisation") String organisation,
            @QueryParam("limit") int limit, @QueryParam("cursor") String cursor);

    @GET
    @Path("/organisations/{identifier}")
    JsonNode organisation(@jakarta.ws.rs.PathParam("identifier") String identifier);

    @POST
    @Path("/activities")
    @Consumes(MediaType.APPLICATION_JSON)
    Response register(@HeaderParam("Authorization") String bearer, JsonNode activity);

    /** An organisation's IATI activity file, imported by a job whose progress {@link #importJob} reads. */
    @POST
    @Path("/iati/imports")
    @Consumes(MediaType.APPLICATION_XML)
    Response importFile(@HeaderParam("Authorization") String bearer, @QueryParam("fileName") String fileName,
            @QueryParam("scope") String scope, java.io.File file);

    @GET
    @Path("/iati/imports/{id}")
    JsonNode importJob(@HeaderParam("Authorization") String bearer, @jakarta.ws.rs.PathParam("id") String id);

    @GET
    @Path("/pledges")
    JsonNode pledges(@HeaderParam("Authorization") String bearer, @QueryParam("donor") String donor,
            @QueryParam("limit") int limit, @QueryParam("cursor") String cursor);

    @POST
    @Path("/pledges")
    @Consumes(MediaType.APPLICATION_JSON)
    Response pledge(@HeaderParam("Authorization") String bearer, JsonNode pledge);

    /** The directory of competent national authorities (signed-in users only), filtered, in pages. */
    @GET
    @Path("/competent-authorities")
    JsonNode authorities(@HeaderParam("Authorization") String bearer, @QueryParam("country") String country,
            @QueryParam("designation") String designation, @QueryParam("stale") Boolean stale,
            @QueryParam("limit") int limit, @QueryParam("cursor") String cursor, @QueryParam("lang") String language);

    /** The directory as a file (csv or xlsx), with the same filters. */
    @GET
    @Path("/competent-authorities/export/{format}")
    @Produces({ "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" })
    Response authoritiesFile(@HeaderParam("Authorization") String bearer,
            @jakarta.ws.rs.PathParam("format") String format, @QueryParam("country") String country,
            @QueryParam("designation") String designation, @QueryParam("lang") String language);

    /** The catalogue of tools (public), filtered, newest first, in pages. */
    @GET
    @Path("/tools")
    JsonNode tools(@QueryParam("instrument") String instrument, @QueryParam("taSubtype") String taSubtype,
            @QueryParam("kind") String kind, @QueryParam("language") String language, @QueryParam("limit") int limit,
            @QueryParam("cursor") String cursor);

    /** One activity as registered (its version in the body and the ETag). */
    @GET
    @Path("/activities/{id}")
    JsonNode activity(@HeaderParam("Authorization") String bearer, @jakarta.ws.rs.PathParam("id") String id);

    /** The whole activity replaced, with If-Match. */
    @jakarta.ws.rs.PUT
    @Path("/activities/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Response replace(@HeaderParam("Authorization") String bearer, @HeaderParam("If-Match") String version,
            @jakarta.ws.rs.PathParam("id") String id, JsonNode activity);
}
