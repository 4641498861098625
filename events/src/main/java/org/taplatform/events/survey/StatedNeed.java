package org.taplatform.events.survey;

import java.util.List;
import java.util.UUID;

import org.taplatform.events.SharingConsent;

/**
 * A need for technical assistance that a State states in a response, with its sharing consent. Its id stays the
 * same across the revisions of the response as long as the State keeps the need.
 */
public record StatedNeed(
        UUID needId,
        String taSubtype,
        String article,
        String thematicArea,
        List<String> beneficiaryGroups,
        String priority,
        String description,
        SharingConsent consent) {
}
