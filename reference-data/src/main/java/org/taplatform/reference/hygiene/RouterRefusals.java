package org.taplatform.reference.hygiene;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.taplatform.reference.problem.Problem;
import org.taplatform.reference.problem.ProblemTypes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The refusals Vert.x's router makes itself, before any route of ours can run, as problem+json instead of Quarkus'
 * empty body: a request without {@code Host} or without a path (400), a body over Quarkus' own limit (413). Only
 * failures the REST layer did not answer come here; its own answers never do.
 * <p>
 * Before the router, Quarkus' first handler answers an empty 400 to a request target {@code java.net.URI} cannot
 * parse, unless {@code vertx.disableURIValidation} is set (the launcher and the tests set it), and then
 * {@link HttpLimits} refuses it with a problem. Netty's decoder answers 414/431 to a request line or headers over
 * {@code quarkus.http.limits} (64 KB for the line, far above our 8 KB) with an empty body: Vert.x's hook for that
 * ({@code HttpServer#invalidRequestHandler}) is not exposed by Quarkus.
 */
@ApplicationScoped
public class RouterRefusals {

    private final ObjectMapper json;

    RouterRefusals(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Router router) {
        // a failure handler ahead of Quarkus' own (which ends such a failure with an empty body), and the router's
        // last resort for failures no route's handler took (a path that does not decode matches no route at all)
        router.route().order(Integer.MIN_VALUE).failureHandler(this::onFailure);
        router.errorHandler(400, context -> answer(context, 400));
        router.errorHandler(413, context -> answer(context, 413));
    }

    private void onFailure(RoutingContext context) {
        int status = context.statusCode();
        if (status == -1 && context.failure() instanceof io.vertx.ext.web.handler.HttpException http) {
            status = http.getStatusCode();
        }
        if (status == 400 || status == 413) {
            answer(context, status);
        } else {
            context.next();
        }
    }

    private void answer(RoutingContext context, int status) {
        if (status == 413) {
            answer(context, 413, ProblemTypes.TOO_LARGE, "Content too large",
                    "The body is larger than this service reads; nothing was changed");
        } else {
            answer(context, 400, ProblemTypes.MALFORMED_REQUEST, "Malformed request",
                    "The request cannot be read (no Host or no path); nothing was changed");
        }
    }

    private void answer(RoutingContext context, int status, java.net.URI type, String title, String detail) {
        if (context.response().ended() || context.response().headWritten()) {
            return;
        }
        write(json, context, new Problem(type, title, status, detail, null, List.of()));
    }

    /** Writes the problem as the response, ending it. */
    static void write(ObjectMapper json, RoutingContext context, Problem problem) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + problem.status() + "}";
        }
        context.response().setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (problem.status() == 413 || problem.status() == 411) {
            // the body is not read: the connection cannot be reused
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        context.response().end(body);
    }
}
