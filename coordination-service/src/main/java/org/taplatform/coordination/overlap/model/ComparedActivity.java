package org.taplatform.coordination.overlap.model;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * An activity as overlap detection compares it: who, where, what, for whom, when, and the terms of its titles and
 * descriptions by language (analysed: lower-cased, stop words out, stemmed).
 */
public record ComparedActivity(String iatiIdentifier, String organisation, Set<String> countries,
        Set<String> taSubtypes, Set<String> beneficiaryGroups, LocalDate start, LocalDate end,
        Map<String, TermSet> termsByLanguage) {

    /** With the analysed terms as they come from the analyser, by language. */
    public static ComparedActivity of(String iatiIdentifier, String organisation, Set<String> countries,
            Set<String> taSubtypes, Set<String> beneficiaryGroups, LocalDate start, LocalDate end,
            Map<String, Set<String>> terms) {
        Map<String, TermSet> byLanguage = new HashMap<>();
        terms.forEach((language, set) -> byLanguage.put(language, TermSet.of(set)));
        return new ComparedActivity(iatiIdentifier, organisation, countries, taSubtypes, beneficiaryGroups, start, end,
                Map.copyOf(byLanguage));
    }
}
