package org.taplatform.coordination.matching.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Ranks organisations for a need, explaining each score. Pure domain logic: no framework, no database.
 *
 * <ul>
 * <li><b>capability</b>: 1 for a capability of the need's TA subtype, 0.5 for one of the same type only; without
 * either the organisation is not a match at all;</li>
 * <li><b>instrument</b>: 1 when that capability serves the need's instrument;</li>
 * <li><b>presence</b>: 1 when the organisation (or the capability) works in the need's country, 0.5 in one of its
 * M49 areas (region, sub-region), or anywhere when the capability names no place;</li>
 * <li><b>language</b>: 1 when it delivers in a language of the country;</li>
 * <li><b>experience</b>: activities of the same subtype: 1 in the country, 0.6 elsewhere (at most one counted);</li>
 * <li><b>pledge</b>: 1 for funding pledged to this need, 0.5 to its country.</li>
 * </ul>
 */
public final class Matcher {

    private final MatchWeights weights;

    public Matcher(MatchWeights weights) {
        this.weights = weights;
    }

    /** The organisations that could answer the need, best first (ties: by identifier); at most {@code limit}. */
    public List<Match> rank(NeedToMatch need, List<Provider> providers, int limit) {
        List<Match> matches = new ArrayList<>();
        for (Provider provider : providers) {
            match(need, provider).ifPresent(matches::add);
        }
        matches.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(Match::organisation));
        return matches.size() > limit ? List.copyOf(matches.subList(0, limit)) : List.copyOf(matches);
    }

    /** The match of one organisation for the need, or empty when it cannot deliver anything of the need's type. */
    public Optional<Match> match(NeedToMatch need, Provider provider) {
        Optional<Provider.Capability> exact = provider.capabilities().stream()
                .filter(c -> c.taSubtype().equals(need.taSubtype())).max(Comparator.comparingInt(c -> instrumentFit(need, c)));
        Optional<Provider.Capability> sameType = provider.capabilities().stream()
                .filter(c -> c.taType().equals(need.taType())).max(Comparator.comparingInt(c -> instrumentFit(need, c)));
        Provider.Capability capability = exact.or(() -> sameType).orElse(null);
        if (capability == null) {
            return Optional.empty();
        }
        List<Match.Reason> reasons = new ArrayList<>();
        reasons.add(reason("capability", exact.isPresent() ? 1 : 0.5, weights.capability(), exact.isPresent()
                ? "can deliver " + need.taSubtype()
                : "can deliver " + capability.taSubtype() + ", of the same type as " + need.taSubtype()));
        boolean instrument = instrumentFit(need, capability) == 1;
        reasons.add(reason("instrument", instrument ? 1 : 0, weights.instrument(), instrument
                ? "for " + need.instrument() : "not offered for " + need.instrument()));
        reasons.add(presence(need, provider, capability));
        Set<String> languages = capability.languages().isEmpty() ? provider.languages() : capability.languages();
        Optional<String> shared = languages.stream().filter(need.languages()::contains).sorted().findFirst();
        reasons.add(reason("language", shared.isPresent() ? 1 : 0, weights.language(), shared
                .map(l -> "delivers in " + l + ", a language of " + need.country())
                .orElse("delivers in none of the languages of " + need.country())));
        reasons.add(experience(need, provider));
        reasons.add(pledge(need, provider));
        double points = reasons.stream().mapToDouble(Match.Reason::points).sum();
        double score = Math.round(1000 * points / weights.total()) / 10.0;
        return Optional.of(new Match(provider.identifier(), provider.name(), score, List.copyOf(reasons)));
    }

    private static int instrumentFit(NeedToMatch need, Provider.Capability capability) {
        return capability.instruments().contains(need.instrument()) ? 1 : 0;
    }

    private Match.Reason presence(NeedToMatch need, Provider provider, Provider.Capability capability) {
        if (provider.countries().contains(need.country()) || capability.countries().contains(need.country())) {
            return reason("presence", 1, weights.presence(), "works in " + need.country());
        }
        Optional<String> area = need.areas().stream()
                .filter(a -> provider.areas().contains(a) || capability.areas().contains(a)).sorted().findFirst();
        if (area.isPresent()) {
            return reason("presence", 0.5, weights.presence(), "works in M49 area " + area.get() + " of " + need.country());
        }
        if (capability.countries().isEmpty() && capability.areas().isEmpty()) {
            return reason("presence", 0.5, weights.presence(), "offers it anywhere");
        }
        return reason("presence", 0, weights.presence(), "does not work in or near " + need.country());
    }

    private Match.Reason experience(NeedToMatch need, Provider provider) {
        Optional<Provider.PastActivity> here = provider.activities().stream()
                .filter(a -> a.taSubtypes().contains(need.taSubtype()) && a.countries().contains(need.country()))
                .findFirst();
        if (here.isPresent()) {
            return reason("experience", 1, weights.experience(), "activity " + here.get().iatiIdentifier() + " of "
                    + need.taSubtype() + " in " + need.country());
        }
        Optional<Provider.PastActivity> elsewhere = provider.activities().stream()
                .filter(a -> a.taSubtypes().contains(need.taSubtype())).findFirst();
        return elsewhere.map(a -> reason("experience", 0.6, weights.experience(), "activity " + a.iatiIdentifier()
                + " of " + need.taSubtype() + " elsewhere"))
                .orElseGet(() -> reason("experience", 0, weights.experience(), "no activity of " + need.taSubtype()
                        + " registered"));
    }

    private Match.Reason pledge(NeedToMatch need, Provider provider) {
        Optional<Provider.Pledge> toNeed = provider.pledges().stream().filter(p -> need.id().equals(p.needId()))
                .findFirst();
        if (toNeed.isPresent()) {
            return reason("pledge", 1, weights.pledge(), "pledged " + toNeed.get().amount().toPlainString() + " "
                    + toNeed.get().currency() + " to this need");
        }
        Optional<Provider.Pledge> toCountry = provider.pledges().stream()
                .filter(p -> p.needId() == null && need.country().equals(p.country())).findFirst();
        return toCountry.map(p -> reason("pledge", 0.5, weights.pledge(), "pledged " + p.amount().toPlainString() + " "
                + p.currency() + " to " + need.country()))
                .orElseGet(() -> reason("pledge", 0, weights.pledge(), "no pledge for this need or country"));
    }

    private static Match.Reason reason(String component, double fit, double weight, String why) {
        return new Match.Reason(component, fit, weight, Math.round(fit * weight * 10) / 10.0, why);
    }
}
