package org.taplatform.registry.support;

import jakarta.ws.rs.ForbiddenException;

import org.taplatform.reference.security.Caller;
import org.taplatform.reference.security.Roles;

/**
 * Who may change an organisation's records: a coordinator, or the people (and machine clients) of that organisation,
 * known by the {@code organisation} claim of their token.
 */
public final class Editors {

    private Editors() {
    }

    public static boolean mayEdit(Caller caller, String organisationIdentifier) {
        if (caller.isCoordinator()) {
            return true;
        }
        boolean organisationRole = caller.hasRole(Roles.FIELD_OFFICE) || caller.hasRole(Roles.DONOR)
                || caller.hasRole(Roles.PARTNER);
        return organisationRole && caller.organisation().map(organisationIdentifier::equals).orElse(false);
    }

    public static void requireMayEdit(Caller caller, String organisationIdentifier) {
        if (!mayEdit(caller, organisationIdentifier)) {
            throw new ForbiddenException(caller.organisation().map(own -> "An account of " + own)
                    .orElse("This account") + " cannot change the records of " + organisationIdentifier);
        }
    }
}
