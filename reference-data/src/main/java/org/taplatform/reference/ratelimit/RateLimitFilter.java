package org.taplatform.reference.ratelimit;

import java.util.List;
import java.util.OptionalLong;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.taplatform.reference.problem.Problem;
import org.taplatform.reference.problem.ProblemTypes;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpServerRequest;

/**
 * Answers 429 with Retry-After when a client or an address is over its allowance for writes or costly reads
 * ({@link RateLimits}); other requests pass untouched. The client is the authenticated caller: its token is verified
 * first, so a forged token cannot spend someone else's allowance (a caller whose token fails counts by its address
 * only, and is refused afterwards anyway). The count is a database round trip, so it runs on a worker thread.
 */
public class RateLimitFilter {

    private final RateLimits limits;
    private final CurrentIdentityAssociation identities;

    RateLimitFilter(RateLimits limits, CurrentIdentityAssociation identities) {
        this.limits = limits;
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Response> limit(ContainerRequestContext request, HttpServerRequest http) {
        RateLimits.Kind kind = limits.kindOf(request.getMethod(), request.getUriInfo().getPath());
        if (kind == null) {
            return Uni.createFrom().nullItem();
        }
        String address = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        return identities.getDeferredIdentity()
                .onFailure().recoverWithNull()
                .map(RateLimitFilter::clientOf)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(client -> refusal(request, kind, limits.secondsToWait(kind, client, address)));
    }

    private static String clientOf(SecurityIdentity identity) {
        return identity == null || identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    private Response refusal(ContainerRequestContext request, RateLimits.Kind kind, OptionalLong wait) {
        if (wait.isEmpty()) {
            return null;
        }
        String what = kind == RateLimits.Kind.WRITE ? "changes" : "exports, analysis tables and charts";
        return Response.fromResponse(new Problem(ProblemTypes.TOO_MANY_REQUESTS, "Too many requests", 429,
                "More " + what + " than allowed per minute (" + limits.perClient(kind) + " per client); nothing was "
                        + "changed. Try again in " + wait.getAsLong() + " seconds",
                request.getUriInfo().getRequestUri().getRawPath(), List.of()).toResponse())
                .header(HttpHeaders.RETRY_AFTER, wait.getAsLong()).build();
    }
}
