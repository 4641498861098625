package org.taplatform.console.page;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.taplatform.console.api.CoordinationApi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Overlap alerts as coordination-service shows them to this user (a coordinator: every alert; a donor, partner or
 * field office: those on what their organisation reports, funds or implements), and settling one: acknowledge (both
 * go on), dismiss (not an overlap) or merge (the same activity reported twice: which one is the copy). The service
 * decides who may settle; a refusal is shown as it says.
 */
@Path("/alerts")
@RolesAllowed({ "coordinator", "field-office", "donor", "partner" })
public class AlertsPage {

    static final int PAGE_SIZE = 25;
    static final List<String> STATUSES = List.of("OPEN", "ACKNOWLEDGED", "MERGED", "DISMISSED", "CLOSED");
    static final List<String> ACTIONS = List.of("acknowledge", "dismiss", "merge");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance alerts(PageContext page, List<ReferenceNames.Choice> countries,
                List<String> statuses, String status, JsonNode alerts, ReferenceNames.Names names, String next,
                String query);

        static native TemplateInstance alert(PageContext page, JsonNode alert, ReferenceNames.Names names,
                String notice, String problem);
    }

    @RestClient
    CoordinationApi coordination;
    @Inject
    ReferenceNames reference;
    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response alerts(@BeanParam Language language, @QueryParam("status") String status,
            @QueryParam("country") String country, @QueryParam("cursor") String cursor) {
        status = status == null ? "OPEN" : "ANY".equals(status) ? null : Forms.blankToNull(status); // open ones first
        country = Forms.blankToNull(country);
        ReferenceNames.Names names = reference.in(language.tag());
        JsonNode alerts = coordination.alerts(Pages.bearer(identity), status, country, PAGE_SIZE,
                Forms.blankToNull(cursor));
        String next = Forms.nonBlank(alerts.path("next"));
        return Pages.render(Templates.alerts(PageContext.of(language, "/alerts", identity),
                names.countryChoices(country), STATUSES, status, alerts, names, next == null ? null : Forms.encode(next),
                "status=" + (status == null ? "ANY" : Forms.encode(status)) + "&country=" + Forms.encode(country)),
                language, 200);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response alert(@BeanParam Language language, @PathParam("id") String id,
            @QueryParam("settled") String settled) {
        JsonNode alert = coordination.alert(Pages.bearer(identity), id);
        String notice = settled == null || !Forms.oneOf(ACTIONS, settled) ? null
                : Pages.messages(language).settled(settled);
        return page(language, alert, notice, null, 200);
    }

    /** Settles the alert as the form says; the version read with the page goes as If-Match. */
    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response settle(@BeanParam Language language, @PathParam("id") String id,
            @FormParam("action") String action, @FormParam("version") String version,
            @FormParam("reason") String reason, @FormParam("duplicate") String duplicate) {
        if (!Forms.oneOf(ACTIONS, action)) {
            throw new jakarta.ws.rs.BadRequestException("no such action: " + action);
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        if (!"acknowledge".equals(action)) {
            body.put("reason", reason == null ? "" : reason.strip());
        }
        if ("merge".equals(action) && duplicate != null) {
            body.put("duplicate", duplicate);
        }
        JsonNode sent = "acknowledge".equals(action) ? null : body;
        try (Response answer = Forms.answer(() -> coordination.settle(Pages.bearer(identity), "\"" + version + "\"",
                id, action, sent))) {
            if (answer.getStatus() == 200) {
                return Response.seeOther(URI.create("/alerts/" + id + "?settled=" + action)).build();
            }
            if (answer.getStatus() == 403) {
                throw new io.quarkus.security.ForbiddenException("coordination-service refused to let this user settle");
            }
            String problem = answer.getStatus() == 412 || answer.getStatus() == 409
                    ? Pages.messages(language).changedMeanwhile() : Forms.refusal(answer);
            return page(language, coordination.alert(Pages.bearer(identity), id), null, problem,
                    answer.getStatus() >= 500 ? 503 : answer.getStatus());
        }
    }


    private Response page(Language language, JsonNode alert, String notice, String problem, int status) {
        return Pages.render(Templates.alert(PageContext.of(language, "/alerts/" + alert.path("id").asText(), identity),
                alert, reference.in(language.tag()), notice, problem), language, status);
    }
}
