package org.taplatform.testsupport;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/**
 * Access tokens shaped like the {@code ta-platform} realm's (roles in {@code realm_access.roles}, {@code country}
 * and {@code organisation} claims), signed with a key made for this test JVM. The services under test verify
 * them with the matching public key (see {@link TestInfrastructure}), exactly as they verify Keycloak's.
 */
public final class TestTokens {

    public static final String ISSUER = "https://keycloak.test/realms/ta-platform";

    private static final KeyPair KEYS = generateKeys();

    private TestTokens() {
    }

    public static String focalPoint(String country) {
        return token("focal-" + country.toLowerCase(), Set.of("state-focal-point"), Map.of("country", country));
    }

    public static String coordinator() {
        return token("coordinator", Set.of("coordinator"), Map.of());
    }

    public static String donor(String organisation) {
        return token("donor", Set.of("donor"), Map.of("organisation", organisation));
    }

    public static String withRoles(String user, String... roles) {
        return token(user, Set.of(roles), Map.of());
    }

    public static String token(String user, Set<String> roles, Map<String, String> claims) {
        return token(user, roles, claims, java.time.Duration.ofHours(1));
    }

    /** A token that expires after {@code lifetime}. */
    public static String token(String user, Set<String> roles, Map<String, String> claims,
            java.time.Duration lifetime) {
        Map<String, Object> realmAccess = new HashMap<>();
        realmAccess.put("roles", List.copyOf(roles));
        var builder = Jwt.issuer(ISSUER)
                .subject(user + "-id")
                .preferredUserName(user)
                .audience("account")
                .claim("realm_access", realmAccess)
                .expiresIn(lifetime.toSeconds());
        claims.forEach(builder::claim);
        return builder.jws().keyId("test-key").sign(KEYS.getPrivate());
    }

    /** The public key, base64 (X.509 SubjectPublicKeyInfo), as {@code quarkus.oidc.public-key} takes it. */
    public static String publicKey() {
        return Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded());
    }

    private static KeyPair generateKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
