package org.taplatform.reference.security;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a bearer token verified before from {@link VerifiedTokens}, ahead of quarkus-oidc; a token not found there
 * goes on to quarkus-oidc, and {@link VerifiedTokenRecorder} keeps what it makes of it. The identity is made afresh
 * for each request, with that request's routing context, as quarkus-oidc makes it.
 */
@ApplicationScoped
public class CachedTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    /** Marks an identity this provider answered, so that it is not recorded again. */
    static final String FROM_CACHE = "org.taplatform.token-cache";
    /** The attributes quarkus-oidc gives an identity that belong to one request (OidcUtils), never cached. */
    static final String ROUTING_CONTEXT = RoutingContext.class.getName();
    static final String BLOCKING_API = AuthenticationRequestContext.class.getName();

    private final VerifiedTokens tokens;

    CachedTokenIdentityProvider(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        // before quarkus-oidc's (SYSTEM_FIRST + 1 in Quarkus 3.33), which fails a request rather than pass it on
        return SYSTEM_FIRST + 1000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!"bearer".equals(request.getToken().getType())) {
            return Uni.createFrom().nullItem(); // a code flow's ID token: quarkus-oidc's alone
        }
        return Uni.createFrom().item(tokens.find(request.getToken().getToken())
                .map(cached -> forThisRequest(cached, HttpSecurityUtils.getRoutingContextAttribute(request)))
                .orElse(null));
    }

    private static SecurityIdentity forThisRequest(SecurityIdentity cached, RoutingContext routingContext) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder(cached).addAttribute(FROM_CACHE,
                Boolean.TRUE);
        if (routingContext != null) {
            identity.addAttribute(ROUTING_CONTEXT, routingContext);
            Object blockingApi = routingContext.get(BLOCKING_API);
            if (blockingApi != null) {
                identity.addAttribute(BLOCKING_API, blockingApi);
            }
        }
        return identity.build();
    }

    /** The identity to keep: what it is without what belongs to the request that brought it. */
    static SecurityIdentity withoutRequest(SecurityIdentity identity) {
        QuarkusSecurityIdentity.Builder kept = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal()).addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials());
        if (identity instanceof QuarkusSecurityIdentity quarkus) {
            kept.addPermissions(quarkus.getPermissions());
        }
        for (Map.Entry<String, Object> attribute : identity.getAttributes().entrySet()) {
            if (!attribute.getKey().equals(ROUTING_CONTEXT) && !attribute.getKey().equals(BLOCKING_API)
                    && !(attribute.getValue() instanceof RoutingContext)) {
                kept.addAttribute(attribute.getKey(), attribute.getValue());
            }
        }
        return kept.build();
    }
}
