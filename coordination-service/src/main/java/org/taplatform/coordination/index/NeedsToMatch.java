package org.taplatform.coordination.index;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.taplatform.coordination.matching.model.NeedToMatch;
import org.taplatform.reference.Country;
import org.taplatform.reference.ReferenceData;

/** A need as matching sees it, from the reference data: with the M49 areas of its country and the languages spoken there. */
public final class NeedsToMatch {

    private NeedsToMatch() {
    }

    public static NeedToMatch of(UUID id, String country, String instrument, String taType, String taSubtype) {
        Optional<Country> found = ReferenceData.instance().country(country);
        Set<String> areas = new HashSet<>();
        found.ifPresent(c -> {
            addIfPresent(areas, c.regionCode());
            addIfPresent(areas, c.subRegionCode());
            addIfPresent(areas, c.intermediateRegionCode());
        });
        return new NeedToMatch(id, country, Set.copyOf(areas), instrument, taType, taSubtype,
                CountryLanguages.of(found.map(Country::iso2).orElse(null)));
    }

    private static void addIfPresent(Set<String> set, String value) {
        if (value != null) {
            set.add(value);
        }
    }
}
