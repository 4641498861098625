package org.taplatform.coordination.matching.model;

import java.util.Set;
import java.util.UUID;

/**
 * A need as matching sees it: what is asked (TA subtype and type, instrument), where (country, its M49 areas), and
 * the languages assistance there can be delivered in.
 */
public record NeedToMatch(UUID id, String country, Set<String> areas, String instrument, String taType,
        String taSubtype, Set<String> languages) {
}
