package org.taplatform.reference.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * Keeps in {@link VerifiedTokens} the identity quarkus-oidc made of a bearer token it has just verified, so that the
 * token's next requests are answered by {@link CachedTokenIdentityProvider}. Changes nothing of the identity.
 */
@ApplicationScoped
public class VerifiedTokenRecorder implements SecurityIdentityAugmentor {

    private final VerifiedTokens tokens;

    VerifiedTokenRecorder(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!identity.isAnonymous() && identity.getAttribute(CachedTokenIdentityProvider.FROM_CACHE) == null) {
            TokenCredential token = identity.getCredential(TokenCredential.class);
            if (token != null && "bearer".equals(token.getType())) {
                tokens.keep(token.getToken(), CachedTokenIdentityProvider.withoutRequest(identity));
            }
        }
        return Uni.createFrom().item(identity);
    }
}
