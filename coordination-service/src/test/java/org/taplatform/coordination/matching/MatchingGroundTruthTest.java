package org.taplatform.coordination.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.taplatform.coordination.matching.model.Match;
import org.taplatform.coordination.matching.model.MatchWeights;
import org.taplatform.coordination.matching.model.Matcher;
import org.taplatform.coordination.matching.model.NeedToMatch;
import org.taplatform.coordination.matching.model.Provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Matching measured against a labelled ranking set: {@code src/test/resources/matching/ranking-ground-truth.json}
 * (organisations modelled on the actors of technical assistance, and 68 needs each labelled by hand with the
 * organisations a coordinator would call first; {@code generate_ranking_ground_truth.py} beside it says how). Prints
 * how often an expected organisation is in the top 3, and how many proposals (top 3 scoring at least the proposal
 * threshold, 60) go to organisations that cannot deliver there, beside the same weights with places and roles ignored
 * (every capability anywhere, every past activity as experience), measured in the same run.
 */
class MatchingGroundTruthTest {

    static final double MINIMUM_SCORE = 60;

    record Need(String id, NeedToMatch need, Set<String> expected, String why) {
    }

    record Scores(double topThree, double first, int proposals, int cannotDeliver) {
    }

    @Test
    void shouldProposeWhomACoordinatorWouldCallAndNobodyWhoCannotDeliverThere() throws IOException {
        JsonNode data;
        try (InputStream in = getClass().getResourceAsStream("/matching/ranking-ground-truth.json")) {
            data = new ObjectMapper().readTree(in);
        }
        List<Provider> providers = new ArrayList<>();
        data.get("organisations").forEach(node -> providers.add(provider(node)));
        List<Need> needs = new ArrayList<>();
        data.get("needs").forEach(node -> {
            String subtype = node.get("taSubtype").asText();
            Set<String> expected = new HashSet<>();
            node.get("expected").forEach(e -> expected.add(e.asText()));
            needs.add(new Need(node.get("id").asText(), org.taplatform.coordination.index.NeedsToMatch.of(UUID.randomUUID(),
                    node.get("country").asText(), node.get("instrument").asText(),
                    subtype.substring(0, subtype.indexOf('.')), subtype), expected, node.get("why").asText()));
        });
        assertThat(needs).hasSizeGreaterThanOrEqualTo(60);

        Scores ignoring = score("places and roles ignored (baseline)", needs, providers.stream()
                .map(MatchingGroundTruthTest::ignoringPlacesAndRoles).toList(), providers, false);
        Scores rules = score("the rules", needs, providers, providers, true);
        System.out.printf("%ntop 3 holds an expected organisation: %.3f (baseline %.3f); expected ranked first: %.3f "
                + "(baseline %.3f); proposals to organisations that cannot deliver there: %d of %d (baseline %d of %d)%n",
                rules.topThree(), ignoring.topThree(), rules.first(), ignoring.first(), rules.cannotDeliver(),
                rules.proposals(), ignoring.cannotDeliver(), ignoring.proposals());

        assertThat(rules.topThree()).as("expected organisation in the top 3").isGreaterThanOrEqualTo(0.9);
        assertThat(rules.cannotDeliver()).as("proposals to organisations that cannot deliver there").isZero();
    }

    static Scores score(String name, List<Need> needs, List<Provider> ranked, List<Provider> asRegistered,
            boolean printMisses) {
        Matcher matcher = new Matcher(MatchWeights.DEFAULT);
        int hits = 0;
        int firsts = 0;
        int proposals = 0;
        int cannotDeliver = 0;
        System.out.printf("%n== matching ground truth: %s (%d needs, %d organisations) ==%n", name, needs.size(),
                ranked.size());
        for (Need need : needs) {
            List<Match> top = matcher.rank(need.need(), ranked, 3);
            boolean hit = top.stream().anyMatch(m -> need.expected().contains(m.organisation()));
            hits += hit ? 1 : 0;
            firsts += !top.isEmpty() && need.expected().contains(top.get(0).organisation()) ? 1 : 0;
            for (Match match : top) {
                if (match.score() >= MINIMUM_SCORE) {
                    proposals++;
                    Provider registered = asRegistered.stream()
                            .filter(p -> p.identifier().equals(match.organisation())).findFirst().orElseThrow();
                    if (!canDeliver(need.need(), registered)) {
                        cannotDeliver++;
                        System.out.printf("  proposed where it cannot deliver: %s %s in %s -> %s (%.1f)%n", need.id(),
                                need.need().taSubtype(), need.need().country(), match.organisation(), match.score());
                    }
                }
            }
            if (printMisses && (top.isEmpty() || !need.expected().contains(top.get(0).organisation()))) {
                System.out.printf("  %s: %s %s in %s, expected %s (%s); top 3: %s%n", hit ? "not first" : "miss",
                        need.id(),
                        need.need().taSubtype(), need.need().country(), need.expected(), need.why(),
                        top.stream().map(m -> m.organisation() + " " + m.score()).toList());
            }
        }
        double topThree = (double) hits / needs.size();
        double first = (double) firsts / needs.size();
        System.out.printf("top 3 holds an expected organisation: %d of %d (%.3f); ranked first: %d (%.3f); proposals: %d,"
                + " to organisations that cannot deliver there: %d%n", hits, needs.size(), topThree, firsts, first,
                proposals, cannotDeliver);
        return new Scores(topThree, first, proposals, cannotDeliver);
    }

    /** Whether a capability of the need's type applies in its country: anywhere, there, in its area, or online. */
    static boolean canDeliver(NeedToMatch need, Provider provider) {
        return provider.capabilities().stream().anyMatch(c -> c.taType().equals(need.taType())
                && (c.anywhere() || c.online() || c.countries().contains(need.country())
                        || c.areas().stream().anyMatch(need.areas()::contains)));
    }

    static Provider provider(JsonNode node) {
        List<Provider.Capability> capabilities = new ArrayList<>();
        node.get("capabilities").forEach(c -> {
            String subtype = c.get("taSubtype").asText();
            capabilities.add(new Provider.Capability(subtype, subtype.substring(0, subtype.indexOf('.')),
                    set(c.get("instruments")), set(c.get("countries")), set(c.get("areas")), set(c.get("languages")),
                    c.get("online").asBoolean()));
        });
        List<Provider.PastActivity> activities = new ArrayList<>();
        node.get("activities").forEach(a -> activities.add(new Provider.PastActivity(a.get("iatiIdentifier").asText(),
                set(a.get("taSubtypes")), set(a.get("countries")), a.get("implemented").asBoolean())));
        return new Provider(node.get("identifier").asText(), node.get("identifier").asText(), set(node.get("countries")),
                set(node.get("areas")), set(node.get("languages")), capabilities, activities, List.of());
    }

    static Provider ignoringPlacesAndRoles(Provider provider) {
        UnaryOperator<Provider.Capability> anywhere = c -> new Provider.Capability(c.taSubtype(), c.taType(),
                c.instruments(), Set.of(), Set.of(), c.languages(), false);
        List<Provider.PastActivity> all = new ArrayList<>();
        provider.experience().bySubtype().forEach((subtype, of) -> of.byCountry().forEach((country, id) -> all.add(
                new Provider.PastActivity(id, Set.of(subtype), Set.of(country)))));
        provider.funded().bySubtype().forEach((subtype, of) -> of.byCountry().forEach((country, id) -> all.add(
                new Provider.PastActivity(id, Set.of(subtype), Set.of(country)))));
        return new Provider(provider.identifier(), provider.name(), provider.countries(), provider.areas(),
                provider.languages(), provider.capabilities().stream().map(anywhere).toList(), all, provider.pledges());
    }

    static Set<String> set(JsonNode node) {
        Set<String> values = new HashSet<>();
        node.forEach(value -> values.add(value.asText()));
        return Set.copyOf(values);
    }
}
