package org.taplatform.reference.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The identities of access tokens this service has verified, until each token expires: a token a caller sends again
 * is not parsed and its RSA signature not checked again (quarkus-oidc verifies every request; its own cache serves
 * introspection and UserInfo only). Keyed by the token's SHA-256, so that only the very same token finds its entry;
 * bounded ({@code ta.security.token-cache.max-size}, 2,000: the users active within an access token's 15 minutes, at a
 * few KB each, the token and its parsed claims); an entry lapses at the token's {@code exp}, so an expired token
 * is verified again and refused. Revocation is no weaker than without it: a JWT is verified locally either way, and
 * a revoked token keeps working until it expires.
 */
@ApplicationScoped
public class VerifiedTokens {

    private final boolean enabled;
    private final Cache<String, Verified> identities;
    private final Counter hits;
    private final Counter misses;

    /** An identity and when its token expires. */
    record Verified(SecurityIdentity identity, Instant expiresAt) {
    }

    VerifiedTokens(@ConfigProperty(name = "ta.security.token-cache.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "ta.security.token-cache.max-size", defaultValue = "2000") long maxSize,
            MeterRegistry meters) {
        this.enabled = enabled;
        this.identities = Caffeine.newBuilder().maximumSize(maxSize).expireAfter(new Expiry<String, Verified>() {
            @Override
            public long expireAfterCreate(String key, Verified value, long currentTime) {
                return Math.max(0, Duration.between(Instant.now(), value.expiresAt()).toNanos());
            }

            @Override
            public long expireAfterUpdate(String key, Verified value, long currentTime, long currentDuration) {
                return expireAfterCreate(key, value, currentTime);
            }

            @Override
            public long expireAfterRead(String key, Verified value, long currentTime, long currentDuration) {
                return currentDuration;
            }
        }).build();
        this.hits = Counter.builder("ta.security.token.cache").tag("result", "hit")
                .description("Access tokens whose identity came from the verified tokens' cache").register(meters);
        this.misses = Counter.builder("ta.security.token.cache").tag("result", "miss")
                .description("Access tokens verified by quarkus-oidc (not cached, or expired from the cache)")
                .register(meters);
    }

    /** The identity of a token verified before and not yet expired. */
    Optional<SecurityIdentity> find(String token) {
        if (!enabled) {
            return Optional.empty();
        }
        Verified verified = identities.getIfPresent(key(token));
        if (verified == null || !verified.expiresAt().isAfter(Instant.now())) {
            misses.increment();
            return Optional.empty();
        }
        hits.increment();
        return Optional.of(verified.identity());
    }

    /** Keeps the identity quarkus-oidc made of a token it verified, until the token's expiry. */
    void keep(String token, SecurityIdentity identity) {
        if (!enabled || !(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getExpirationTime() <= 0) {
            return; // no JWT, or one without an expiry: verified every time
        }
        Instant expiresAt = Instant.ofEpochSecond(jwt.getExpirationTime());
        if (expiresAt.isAfter(Instant.now())) {
            identities.put(key(token), new Verified(identity, expiresAt));
        }
    }

    private static String key(String token) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
