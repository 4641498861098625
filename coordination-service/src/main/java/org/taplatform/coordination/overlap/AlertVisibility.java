package org.taplatform.coordination.overlap;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import org.taplatform.coordination.index.ReadModelIndex;
import org.taplatform.coordination.matching.model.Provider;
import org.taplatform.reference.Country;
import org.taplatform.reference.ReferenceData;
import org.taplatform.reference.security.Roles;

/**
 * Who sees which overlap alert, and who may settle it. Coordinators: every alert. An organisation (donor, partner,
 * field office): the alerts that concern it, on an activity it reports or takes part in as funder, extending or
 * implementing organisation (IATI roles 1, 3, 4). A field office besides: every alert in the countries it covers (those
 * it names and those of the M49 areas it names), since it coordinates assistance there. Settling (acknowledge, merge,
 * dismiss) is for coordinators and the two reporting organisations, whose records the alert is about. The same rules
 * serve the API, the country view and webhook notices.
 */
@ApplicationScoped
public class AlertVisibility {

    private final ReadModelIndex index;

    AlertVisibility(ReadModelIndex index) {
        this.index = index;
    }

    /** What a reader may see: everything, or the alerts concerning its organisation and those in some countries. */
    public record Scope(boolean everything, String organisation, Set<String> countries) {

        boolean nothing() {
            return !everything && organisation == null && countries.isEmpty();
        }
    }

    public Scope scopeOf(Set<String> roles, Optional<String> organisation) {
        if (roles.contains(Roles.COORDINATOR)) {
            return new Scope(true, null, Set.of());
        }
        String own = organisation.filter(o -> roles.contains(Roles.DONOR) || roles.contains(Roles.PARTNER)
                || roles.contains(Roles.FIELD_OFFICE)).orElse(null);
        Set<String> countries = own != null && roles.contains(Roles.FIELD_OFFICE) ? countriesCoveredBy(own) : Set.of();
        return new Scope(false, own, countries);
    }

    public boolean maySee(OverlapAlert alert, Scope scope) {
        if (scope.everything()) {
            return true;
        }
        if (scope.nothing()) {
            return false;
        }
        if (scope.organisation() != null && Set.of(alert.concerned).contains(scope.organisation())) {
            return true;
        }
        for (String country : alert.countries) {
            if (scope.countries().contains(country)) {
                return true;
            }
        }
        return false;
    }

    public boolean maySettle(OverlapAlert alert, Scope scope) {
        return scope.everything() || scope.organisation() != null
                && (alert.organisation.equals(scope.organisation()) || alert.otherOrganisation.equals(scope.organisation()));
    }

    /** The countries a field office names, and those in the M49 areas it names (Eastern Africa 014: Kenya...). */
    Set<String> countriesCoveredBy(String organisation) {
        Optional<Provider> office = index.provider(organisation);
        if (office.isEmpty()) {
            return Set.of();
        }
        Set<String> covered = new TreeSet<>(office.get().countries());
        for (Country country : ReferenceData.instance().countries()) {
            for (String area : office.get().areas()) {
                if (country.isIn(area)) {
                    covered.add(country.code());
                }
            }
        }
        return Set.copyOf(covered);
    }
}
