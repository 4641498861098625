package org.taplatform.registry.iati;

import java.util.List;

import org.taplatform.registry.activity.ActivityRequest;

/**
 * One {@code iati-activity} of an imported file: its identifier, what the registry would store (the request), whether
 * it concerns this platform (a DAC sector we register or a tag of our taxonomy), what could not be read (problems: the
 * activity is refused) and what was left out of it (notes: the activity is kept without those elements), with the
 * share of its recipients left out (regions of vocabularies other than M49), which its other shares do not cover.
 */
public record ParsedActivity(String iatiIdentifier, String reportingOrganisation, String reportingType,
        String reportingName, ActivityRequest request, boolean relevant, List<String> problems, List<String> notes,
        java.math.BigDecimal recipientsLeftOut) {
}
