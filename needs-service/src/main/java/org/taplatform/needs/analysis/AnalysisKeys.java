package org.taplatform.needs.analysis;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.taplatform.needs.need.NeedFilter;

/** A filter as part of a cache key: every field, in a fixed order. */
final class AnalysisKeys {

    private AnalysisKeys() {
    }

    static String of(NeedFilter filter) {
        return Stream.of(filter.country, filter.region, filter.regionalGroup, filter.instrument, filter.taType,
                filter.taSubtype, filter.thematicArea, filter.beneficiaryGroup, filter.priority, filter.cycleId,
                filter.status, filter.text, filter.source)
                .map(value -> Objects.toString(value, "")).map(value -> value.length() + ":" + value) // unambiguous whatever the text
                .collect(Collectors.joining(","));
    }
}
