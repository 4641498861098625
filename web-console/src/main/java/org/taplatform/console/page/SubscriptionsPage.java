package org.taplatform.console.page;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.taplatform.console.api.CoordinationApi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * An organisation's webhook subscriptions (coordination-service signs each delivery, Standard Webhooks): the list,
 * subscribing (the signing secret is shown once, on the page that answers the subscription, never again), a
 * subscription's delivery log with each attempt, sending a dead letter again, and ending one.
 */
@Path("/subscriptions")
@RolesAllowed({ "donor", "partner", "field-office" })
public class SubscriptionsPage {

    static final List<String> KINDS = List.of("NEED", "GAP", "OVERLAP", "REQUEST");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance subscriptions(PageContext page, JsonNode subscriptions, List<String> kinds,
                List<ReferenceNames.Choice> countries, JsonNode created, String notice, String problem);

        static native TemplateInstance deliveries(PageContext page, String id, JsonNode deliveries, String notice,
                String problem);
    }

    @RestClient
    CoordinationApi coordination;
    @Inject
    ReferenceNames reference;
    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response subscriptions(@BeanParam Language language, @QueryParam("ended") String ended) {
        return render(language, null, ended == null ? null : Pages.messages(language).subscriptionEnded(), null, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response subscribe(@BeanParam Language language, MultivaluedMap<String, String> form) {
        ObjectNode request = JsonNodeFactory.instance.objectNode().put("callbackUrl",
                String.valueOf(form.getFirst("callbackUrl")).strip());
        ArrayNode kinds = request.putArray("kinds");
        form.getOrDefault("kinds", List.of()).stream().filter(KINDS::contains).forEach(kinds::add);
        ArrayNode countries = request.putArray("countries");
        form.getOrDefault("countries", List.of()).stream().filter(c -> !c.isBlank()).forEach(countries::add);
        String description = Forms.blankToNull(form.getFirst("description"));
        if (description != null) {
            request.put("description", description);
        }
        try (Response answer = Forms.answer(() -> coordination.subscribe(Pages.bearer(identity), request))) {
            if (answer.getStatus() == 201) {
                // the secret is in this answer only: shown on this page, not in a URL, not stored here
                return render(language, answer.readEntity(JsonNode.class), null, null, 201);
            }
            return render(language, null, null, Forms.refusal(answer), answer.getStatus() >= 500 ? 503
                    : answer.getStatus());
        }
    }

    @POST
    @Path("/{id}/end")
    @Produces(MediaType.TEXT_HTML)
    public Response end(@PathParam("id") String id) {
        try (Response answer = coordination.unsubscribe(Pages.bearer(identity), id)) {
            return Response.seeOther(URI.create("/subscriptions?ended=true")).build();
        }
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response deliveries(@BeanParam Language language, @PathParam("id") String id,
            @QueryParam("redelivered") String redelivered) {
        return renderDeliveries(language, id, redelivered == null ? null : Pages.messages(language).redelivered(),
                null, 200);
    }

    /** Sends a dead letter again; the service refuses any other (409), and says why. */
    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @Produces(MediaType.TEXT_HTML)
    public Response redeliver(@BeanParam Language language, @PathParam("id") String id,
            @PathParam("deliveryId") String deliveryId) {
        try (Response answer = Forms.answer(() -> coordination.redeliver(Pages.bearer(identity), id, deliveryId))) {
            if (answer.getStatus() == 200) {
                return Response.seeOther(URI.create("/subscriptions/" + Forms.encode(id) + "?redelivered=true"))
                        .build();
            }
            return renderDeliveries(language, id, null, Forms.refusal(answer),
                    answer.getStatus() >= 500 ? 503 : answer.getStatus());
        }
    }

    private Response renderDeliveries(Language language, String id, String notice, String problem, int status) {
        return Pages.render(Templates.deliveries(PageContext.of(language, "/subscriptions/" + id, identity), id,
                coordination.deliveries(Pages.bearer(identity), id, 100), notice, problem), language, status);
    }

    private Response render(Language language, JsonNode created, String notice, String problem, int status) {
        return Pages.render(Templates.subscriptions(PageContext.of(language, "/subscriptions", identity),
                coordination.subscriptions(Pages.bearer(identity), 100), KINDS,
                reference.in(language.tag()).countryChoices(null), created, notice, problem), language, status);
    }
}
