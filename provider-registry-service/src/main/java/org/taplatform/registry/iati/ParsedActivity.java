package org.taplatform.registry.iati;

import java.util.List;

import org.taplatform.registry.activity.ActivityRequest;

/**
 * One {@code iati-activity} of an imported file: its identifier, what the registry would store (the request), whether
 * it concerns this platform (a DAC sector we register or a tag of our taxonomy), and what could not be read.
 */
public record ParsedActivity(String iatiIdentifier, String reportingOrganisation, String reportingType,
        String reportingName, ActivityRequest request, boolean relevant, List<String> problems) {
}
