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
import org.taplatform.console.api.NeedsApi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Requests for technical assistance and the offers that answer them: a State's focal point (or a coordinator) asks for
 * help with some of the State's needs; a coordinator forwards the request to organisations (the need's best matches
 * offered as a start); each organisation it reached offers once; the focal point or a coordinator accepts one, and the
 * registry registers the activity. What a user may see and do is the service's to say: the page offers the actions of
 * the user's role and shows a refusal as the service gives it.
 */
@Path("/requests")
@RolesAllowed({ "coordinator", "state-focal-point", "donor", "partner", "field-office" })
public class RequestsPage {

    static final List<String> STATUSES = List.of("SUBMITTED", "FORWARDED", "ACCEPTED", "FULFILLED", "CANCELLED");
    static final List<String> ACTIONS = List.of("forward", "cancel", "offer", "accept", "withdraw");

    /** What the user's role lets them try on a request (the service still decides). */
    public record Powers(boolean coordinator, boolean state, boolean organisation) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance requests(PageContext page, JsonNode requests, List<String> statuses,
                String status, ReferenceNames.Names names, boolean mayAsk, String next);

        static native TemplateInstance ask(PageContext page, String country, List<ReferenceNames.Choice> countries,
                JsonNode needs, ReferenceNames.Names names, String problem);

        static native TemplateInstance request(PageContext page, JsonNode request, ReferenceNames.Names names,
                Powers powers, String organisation, JsonNode suggestions, String notice, String problem);
    }

    @RestClient
    CoordinationApi coordination;
    @RestClient
    NeedsApi needs;
    @Inject
    ReferenceNames reference;
    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response requests(@BeanParam Language language, @QueryParam("status") String status,
            @QueryParam("cursor") String cursor) {
        status = Forms.oneOf(STATUSES, status) ? status : null;
        JsonNode requests = coordination.requests(Pages.bearer(identity), status, 25, Forms.blankToNull(cursor));
        String next = Forms.nonBlank(requests.path("next"));
        return Pages.render(Templates.requests(PageContext.of(language, "/requests", identity), requests, STATUSES,
                status == null ? "" : status, reference.in(language.tag()), mayAsk(),
                next == null ? null : Forms.encode(next)), language, 200);
    }

    /** The form of a new request: the country's needs this user may see, to tick. */
    @GET
    @Path("/new")
    @Produces(MediaType.TEXT_HTML)
    public Response form(@BeanParam Language language, @QueryParam("country") String country) {
        if (!mayAsk()) {
            throw new io.quarkus.security.ForbiddenException("only a State's focal point or a coordinator asks");
        }
        String chosen = identity.hasRole("state-focal-point") ? stateOf() : Forms.blankToNull(country);
        return ask(language, chosen, null, 200);
    }

    @POST
    @Path("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response submit(@BeanParam Language language, MultivaluedMap<String, String> form) {
        String country = identity.hasRole("state-focal-point") ? stateOf() : Forms.blankToNull(form.getFirst("country"));
        ObjectNode submission = JsonNodeFactory.instance.objectNode().put("country", String.valueOf(country))
                .put("summary", String.valueOf(form.getFirst("summary")).strip());
        form.getOrDefault("needIds", List.of()).forEach(submission.putArray("needIds")::add);
        if (!submission.has("needIds")) {
            submission.putArray("needIds");
        }
        try (Response answer = Forms.answer(() -> coordination.ask(Pages.bearer(identity), submission))) {
            if (answer.getStatus() == 201) {
                return Response.seeOther(URI.create("/requests/" + answer.readEntity(JsonNode.class).path("id")
                        .asText() + "?done=ask")).build();
            }
            return ask(language, country, Forms.refusal(answer), answer.getStatus() >= 500 ? 503 : answer.getStatus());
        }
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response request(@BeanParam Language language, @PathParam("id") String id, @QueryParam("done") String done) {
        String notice = done == null || !(Forms.oneOf(ACTIONS, done) || "ask".equals(done)) ? null
                : Pages.messages(language).requestDone(done);
        return page(language, coordination.request(Pages.bearer(identity), id), notice, null, 200);
    }

    /** One of the actions, from the forms of the request's page. */
    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response act(@BeanParam Language language, @PathParam("id") String id, MultivaluedMap<String, String> form) {
        String action = form.getFirst("action");
        if (!Forms.oneOf(ACTIONS, action)) {
            throw new jakarta.ws.rs.BadRequestException("no such action: " + action);
        }
        String version = "\"" + form.getFirst("version") + "\"";
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        String path = switch (action) {
            case "forward" -> {
                form.getOrDefault("organisations", List.of()).stream().flatMap(o -> java.util.Arrays.stream(o.split(
                        "[,\\s]+"))).filter(o -> !o.isBlank()).distinct().forEach(body.putArray("organisations")::add);
                if (!body.has("organisations")) {
                    body.putArray("organisations");
                }
                yield "forward";
            }
            case "cancel" -> {
                body.put("reason", String.valueOf(form.getFirst("reason")).strip());
                yield "cancel";
            }
            case "offer" -> {
                body.put("language", language.tag()).put("title", String.valueOf(form.getFirst("title")).strip())
                        .put("scope", String.valueOf(form.getFirst("scope")).strip())
                        .put("plannedStart", String.valueOf(form.getFirst("plannedStart")))
                        .put("plannedEnd", String.valueOf(form.getFirst("plannedEnd")));
                String amount = Forms.blankToNull(form.getFirst("amount"));
                if (Forms.isAmount(amount)) {
                    body.putObject("budget").put("amount", new java.math.BigDecimal(amount)).put("currency",
                            String.valueOf(form.getFirst("currency")));
                }
                yield "offers";
            }
            case "accept" -> "offers/" + form.getFirst("offer") + "/accept";
            default -> {
                body.put("reason", String.valueOf(form.getFirst("reason")).strip());
                yield "offers/" + form.getFirst("offer") + "/withdraw";
            }
        };
        try (Response answer = Forms.answer(() -> coordination.act(Pages.bearer(identity), version, id, path, body))) {
            if (answer.getStatus() / 100 == 2) {
                return Response.seeOther(URI.create("/requests/" + id + "?done=" + action)).build();
            }
            if (answer.getStatus() == 403) {
                throw new io.quarkus.security.ForbiddenException("coordination-service refused " + action);
            }
            String problem = answer.getStatus() == 412 ? Pages.messages(language).changedMeanwhile() : Forms.refusal(answer);
            return page(language, coordination.request(Pages.bearer(identity), id), null, problem,
                    answer.getStatus() >= 500 ? 503 : answer.getStatus());
        }
    }

    private Response ask(Language language, String country, String problem, int status) {
        ReferenceNames.Names names = reference.in(language.tag());
        JsonNode visible = country == null ? JsonNodeFactory.instance.objectNode().putArray("items")
                : needs.needs(Pages.bearer(identity), country, null, null, 100, null, language.tag()).path("items");
        return Pages.render(Templates.ask(PageContext.of(language, "/requests/new", identity), country,
                names.countryChoices(country), visible, names, problem), language, status);
    }

    private Response page(Language language, JsonNode request, String notice, String problem, int status) {
        Powers powers = new Powers(identity.hasRole("coordinator"), identity.hasRole("state-focal-point"),
                identity.hasRole("donor") || identity.hasRole("partner") || identity.hasRole("field-office"));
        // a coordinator forwarding starts from who could answer the first need
        JsonNode suggestions = JsonNodeFactory.instance.arrayNode();
        if (powers.coordinator() && request.path("needIds").size() > 0
                && List.of("SUBMITTED", "FORWARDED").contains(request.path("status").asText())) {
            suggestions = Forms.answerOr(() -> coordination.matches(Pages.bearer(identity),
                    request.path("needIds").get(0).asText(), 5).path("items"), suggestions);
        }
        return Pages.render(Templates.request(PageContext.of(language, "/requests/" + request.path("id").asText(),
                identity), request, reference.in(language.tag()), powers,
                powers.organisation() ? Pages.organisation(identity) : "", suggestions, notice, problem), language,
                status);
    }

    private boolean mayAsk() {
        return identity.hasRole("coordinator") || identity.hasRole("state-focal-point");
    }

    private String stateOf() {
        if (identity.getPrincipal() instanceof org.eclipse.microprofile.jwt.JsonWebToken token
                && token.getClaim("country") != null) {
            return String.valueOf((Object) token.getClaim("country"));
        }
        return identity.getAttribute("country");
    }

}
