package org.taplatform.console.page;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.taplatform.console.api.NeedsAnalysisApi;

/** needs-service's public charts, served from the console's own origin (one site for the browser). */
@Path("/charts")
public class Charts {

    @RestClient
    NeedsAnalysisApi analysis;

    @GET
    @Path("/needs-by-ta-type.png")
    @Produces("image/png")
    public Response needsByTaType(@BeanParam Language language) {
        return Response.ok(analysis.needsByTaTypeChart("public", language.tag()))
                .header("Cache-Control", "public, max-age=300").header("Content-Language", language.tag()).build();
    }
}
