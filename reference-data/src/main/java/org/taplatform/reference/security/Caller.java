package org.taplatform.reference.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.ForbiddenException;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The authenticated caller, from the access token: who, with which realm roles, for which country a focal point
 * speaks ({@code country} claim) and for which organisation others act ({@code organisation} claim).
 */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public String name() {
        return identity.getPrincipal().getName();
    }

    public boolean isCoordinator() {
        return identity.hasRole(Roles.COORDINATOR);
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public java.util.Set<String> roles() {
        return identity.getRoles();
    }

    /** The {@code organisation} claim: the registry identifier of a field office's, donor's or partner's organisation. */
    public Optional<String> organisation() {
        return Optional.ofNullable(token.<String>getClaim("organisation"));
    }

    /** The {@code country} claim: the ISO3 code of the State a focal point answers for. */
    public Optional<String> country() {
        return Optional.ofNullable(token.<String>getClaim("country"));
    }

    /** Coordinators and analysts read every State's records; a focal point only its own country's. */
    public void requireMayRead(String country) {
        if (identity.hasRole(Roles.ANALYST)) {
            return;
        }
        requireActsFor(country);
    }

    /**
     * Coordinators see every organisation's own records; anyone else only its own organisation's (the token's
     * {@code organisation} claim): 403 otherwise.
     */
    public void requireActsForOrganisation(String identifier, String what) {
        if (!isCoordinator() && !organisation().map(identifier::equals).orElse(false)) {
            throw new ForbiddenException("Only the organisation itself or a coordinator sees its " + what);
        }
    }

    /** Coordinators act for any State; a focal point only for the country of its token. */
    public void requireActsFor(String country) {
        if (isCoordinator()) {
            return;
        }
        if (!country().map(country::equals).orElse(false)) {
            throw new ForbiddenException("A focal point of " + country().orElse("no country")
                    + " cannot act for " + country);
        }
    }
}
