package org.taplatform.coordination.index;

import java.util.List;
import java.util.Set;

import org.taplatform.coordination.matching.model.Provider;

/** An organisation as the index keeps it: where it works, its languages, and its capabilities. */
public record IndexedOrganisation(String identifier, String name, Set<String> countries, Set<String> areas,
        Set<String> languages, List<Provider.Capability> capabilities) {
}
