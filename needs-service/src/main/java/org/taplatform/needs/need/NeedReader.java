package org.taplatform.needs.need;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.taplatform.events.SharingConsent;
import org.taplatform.reference.security.Caller;
import org.taplatform.reference.security.Roles;

/**
 * Who reads the register, reduced to what decides what they may see: their roles and, for a focal point, their
 * country. One value for the query, the exports, the analysis and the charts.
 */
public record NeedReader(Set<String> roles, Optional<String> country) {

    public static NeedReader of(Caller caller) {
        return new NeedReader(Set.copyOf(caller.roles()), caller.hasRole(Roles.STATE_FOCAL_POINT) ? caller.country()
                : Optional.empty());
    }

    /** Coordinators (UNODC headquarters) see every need. */
    public boolean seesEverything() {
        return roles.contains(Roles.COORDINATOR);
    }

    /** Whether this reader may see the needs one by one (query, export, country profile), within consent. */
    public boolean readsNeeds() {
        return roles.contains(Roles.COORDINATOR) || roles.contains(Roles.STATE_FOCAL_POINT)
                || roles.contains(Roles.DONOR) || roles.contains(Roles.PARTNER) || roles.contains(Roles.FIELD_OFFICE);
    }

    /** The consents of other States' needs this reader may see. */
    public EnumSet<SharingConsent> visibleConsents() {
        return SharingConsent.visibleTo(roles);
    }

    public boolean maySee(Need need) {
        return need.consent.allows(roles, country.orElse(null), need.country);
    }
}
