package org.taplatform.coordination.matching.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The matching rules as docs/coordination-service.md states them ("Matching"), one row per line of its table: the
 * situation, the reason it sets, the fit and the words. A rule changed in the code and not in the docs (or the other way
 * round) fails here.
 */
class MatchingRulesTableTest {

    static final String SUBTYPE = "LEGAL.DRAFTING";
    static final NeedToMatch KENYA = new NeedToMatch(UUID.randomUUID(), "KEN", Set.of("002", "202", "014"), "UNTOC",
            "LEGAL", SUBTYPE, Set.of("en", "sw"));

    static Provider.Capability capability(String subtype, Set<String> countries, Set<String> areas, boolean online) {
        return new Provider.Capability(subtype, subtype.substring(0, subtype.indexOf('.')), Set.of("UNTOC"), countries,
                areas, Set.of("en"), online);
    }

    static Provider provider(Set<String> countries, Set<String> areas, Provider.Capability capability,
            List<Provider.PastActivity> activities, List<Provider.Pledge> pledges) {
        return new Provider("XI-ROW", "Row", countries, areas, Set.of("en"), List.of(capability), activities, pledges);
    }

    static Provider at(Set<String> countries, Set<String> areas, Provider.Capability capability) {
        return provider(countries, areas, capability, List.of(), List.of());
    }

    static Provider.Capability anywhere() {
        return capability(SUBTYPE, Set.of(), Set.of(), false);
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                // capability
                Arguments.of("a capability of the subtype", at(Set.of(), Set.of(), anywhere()), "capability", 1.0,
                        "can deliver LEGAL.DRAFTING"),
                Arguments.of("one of the type only", at(Set.of(), Set.of(), capability("LEGAL.CASEWORK", Set.of(),
                        Set.of(), false)), "capability", 0.5, "of the same type"),
                // presence
                Arguments.of("the capability names the country", at(Set.of("UGA"), Set.of(), capability(SUBTYPE,
                        Set.of("KEN"), Set.of(), false)), "presence", 1.0, "works in KEN"),
                Arguments.of("no place named, the organisation works in the country", at(Set.of("KEN"), Set.of(),
                        anywhere()), "presence", 1.0, "works in KEN"),
                Arguments.of("limited to an area of the country, the organisation works in the country",
                        at(Set.of("KEN"), Set.of(), capability(SUBTYPE, Set.of(), Set.of("014"), false)), "presence",
                        1.0, "works in KEN"),
                Arguments.of("the capability names an M49 area of the country", at(Set.of("UGA"), Set.of(),
                        capability(SUBTYPE, Set.of(), Set.of("014"), false)), "presence", 0.5, "M49 area 014"),
                Arguments.of("no place named, the organisation works in an area of the country", at(Set.of(),
                        Set.of("014"), anywhere()), "presence", 0.5, "M49 area 014"),
                Arguments.of("no place named, no presence near", at(Set.of("FRA"), Set.of("155"), anywhere()),
                        "presence", 0.25, "offers it anywhere"),
                Arguments.of("limited to other places, delivered online", at(Set.of("THA"), Set.of(), capability(
                        SUBTYPE, Set.of(), Set.of("035"), true)), "presence", 0.25, "delivers it online"),
                // language
                Arguments.of("delivers in a language of the country", at(Set.of(), Set.of(), anywhere()), "language",
                        1.0, "delivers in en"),
                // experience
                Arguments.of("implemented the subtype in the country", provider(Set.of(), Set.of(), anywhere(),
                        List.of(new Provider.PastActivity("XI-ROW-1", Set.of(SUBTYPE), Set.of("KEN"), true)),
                        List.of()), "experience", 1.0, "implemented activity XI-ROW-1"),
                Arguments.of("implemented the subtype elsewhere", provider(Set.of(), Set.of(), anywhere(),
                        List.of(new Provider.PastActivity("XI-ROW-2", Set.of(SUBTYPE), Set.of("PER"), true)),
                        List.of()), "experience", 0.6, "elsewhere"),
                Arguments.of("only funded the subtype in the country: no experience", provider(Set.of(), Set.of(),
                        anywhere(), List.of(new Provider.PastActivity("XI-ROW-3", Set.of(SUBTYPE), Set.of("KEN"),
                                false)), List.of()), "experience", 0.0, "implemented no activity"),
                // funding
                Arguments.of("pledged to the need", provider(Set.of(), Set.of(), anywhere(), List.of(), List.of(
                        new Provider.Pledge(KENYA.id(), "KEN", null, BigDecimal.TEN, "USD"))), "funding", 1.0,
                        "to this need"),
                Arguments.of("pledged to the country", provider(Set.of(), Set.of(), anywhere(), List.of(), List.of(
                        new Provider.Pledge(null, "KEN", null, BigDecimal.TEN, "USD"))), "funding", 0.5, "to KEN"),
                Arguments.of("funded the subtype in the country", provider(Set.of(), Set.of(), anywhere(),
                        List.of(new Provider.PastActivity("XI-ROW-4", Set.of(SUBTYPE), Set.of("KEN"), false)),
                        List.of()), "funding", 0.5, "funded similar work: activity XI-ROW-4"),
                Arguments.of("funded the subtype elsewhere", provider(Set.of(), Set.of(), anywhere(),
                        List.of(new Provider.PastActivity("XI-ROW-5", Set.of(SUBTYPE), Set.of("PER"), false)),
                        List.of()), "funding", 0.25, "elsewhere"),
                Arguments.of("nothing funded", at(Set.of(), Set.of(), anywhere()), "funding", 0.0, "no funding"));
    }

    @ParameterizedTest(name = "{0}: {2} {3}")
    @MethodSource("rows")
    void shouldSetTheFitTheDocsState(String situation, Provider provider, String component, double fit, String words) {
        Match match = new Matcher(MatchWeights.DEFAULT).match(KENYA, provider).orElseThrow();
        Match.Reason reason = match.reasons().stream().filter(r -> r.component().equals(component)).findFirst()
                .orElseThrow();
        assertThat(reason.fit()).as(situation).isEqualTo(fit);
        assertThat(reason.why()).as(situation).contains(words);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cannotDeliver")
    void shouldNotMatchAnOrganisationWhoseCapabilitiesDoNotApplyInTheCountry(String situation, Provider provider) {
        assertThat(new Matcher(MatchWeights.DEFAULT).match(KENYA, provider)).as(situation).isEmpty();
        assertThat(new Matcher(MatchWeights.DEFAULT).score(KENYA, provider)).isEqualTo(-1);
    }

    static Stream<Arguments> cannotDeliver() {
        return Stream.of(
                Arguments.of("limited to South-East Asia, though the organisation lists Kenya", at(Set.of("KEN"),
                        Set.of(), capability(SUBTYPE, Set.of(), Set.of("035"), false))),
                Arguments.of("limited to Uganda", at(Set.of(), Set.of(), capability(SUBTYPE, Set.of("UGA"), Set.of(),
                        false))),
                Arguments.of("nothing of the need's type", at(Set.of("KEN"), Set.of(), capability("DATA.DATABASE",
                        Set.of(), Set.of(), false))));
    }
}
