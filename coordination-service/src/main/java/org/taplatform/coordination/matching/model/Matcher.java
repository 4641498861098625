package org.taplatform.coordination.matching.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Ranks organisations for a need, explaining each score. Pure domain logic: no framework, no database.
 *
 * A capability applies in the need's country when it names no place (offered anywhere), names the country or an M49
 * area it lies in, or is delivered online; a capability limited to other places does not, and an organisation
 * without one that applies is not a match at all.
 * <ul>
 * <li><b>capability</b>: 1 for a capability of the need's TA subtype that applies there, 0.5 for one of the same type
 * only;</li>
 * <li><b>instrument</b>: 1 when that capability serves the need's instrument;</li>
 * <li><b>presence</b>, of a capability that applies there: 1 when the organisation or the capability names the
 * country; 0.5 one of its M49 areas (region, sub-region); 0.25 neither (offered anywhere, or online);</li>
 * <li><b>language</b>: 1 when it delivers in a language of the country;</li>
 * <li><b>experience</b>: an activity of the same subtype it implemented (IATI role implementing or extending): 1 in the
 * country, 0.6 elsewhere (funding an activity is not experience of delivering it);</li>
 * <li><b>funding</b>: 1 for funding pledged to this need; 0.5 pledged to its country, or an activity of the subtype
 * funded in the country; 0.25 one funded elsewhere.</li>
 * </ul>
 * Ranking scores every candidate with numbers only and puts the reasons into words for the few it returns: a full
 * recompute ranks millions of pairs.
 */
public final class Matcher {

    private static final Comparator<Match> BEST_FIRST = Comparator.comparingDouble(Match::score).reversed()
            .thenComparing(Match::organisation);

    private static final Comparator<Scored> BEST_SCORED_FIRST = Comparator.comparingDouble(Scored::score).reversed()
            .thenComparing(scored -> scored.provider().identifier());

    private final MatchWeights weights;
    /**
     * The highest score an organisation can reach with a capability of the need's subtype but neither working in its
     * country nor having worked on or funded the subtype there nor having pledged anything, plus a point for rounding:
     * presence at most 0.5, experience 0.6, funding 0.25 (an activity of the subtype funded elsewhere).
     */
    private final double ceilingOfSubtypeElsewhere;
    /** The same, delivering in none of the languages of the need's country. */
    private final double ceilingOfSubtypeElsewhereSilent;
    /**
     * The highest score an organisation can reach with a capability of the need's type only and not working in its
     * country, plus a point for rounding; and the same without a pledge.
     */
    private final double ceilingElsewhere;
    private final double ceilingElsewhereUnpledged;

    public Matcher(MatchWeights weights) {
        this.weights = weights;
        this.ceilingOfSubtypeElsewhere = 100 * (weights.total() - weights.presence() / 2 - 0.4 * weights.experience()
                - 0.75 * weights.funding()) / weights.total() + 1;
        this.ceilingOfSubtypeElsewhereSilent = ceilingOfSubtypeElsewhere - 100 * weights.language() / weights.total();
        double elsewhere = weights.total() - weights.capability() / 2 - weights.presence() / 2;
        this.ceilingElsewhere = 100 * elsewhere / weights.total() + 1;
        // without a pledge, funding reaches 0.5 at most (an activity of the subtype funded in the country)
        this.ceilingElsewhereUnpledged = 100 * (elsewhere - weights.funding() / 2) / weights.total() + 1;
    }

    /**
     * The organisations a ranking may look at, split as an index keeps them, so that most need not be scored:
     * <ul>
     * <li>{@code ofSubtypeNear}: those with a capability of the need's subtype that work in its country, or worked
     * there on the subtype, or pledged anything (at least these; {@link #isNear});</li>
     * <li>{@code ofSubtypeSpeaking}: those with a capability of the subtype delivered in a language of the need's
     * country (at least these), asked for only when they could still enter the ranking (none of the others so far
     * beats {@link #ceilingOfSubtypeElsewhere});</li>
     * <li>{@code ofSubtype}: all those with a capability of the subtype, asked for only when the rest could still enter
     * the ranking (none beats {@link #ceilingOfSubtypeElsewhereSilent});</li>
     * <li>{@code ofTypeOnlyInCountry}: those with a capability of its type only that work in its country;</li>
     * <li>{@code ofTypeOnly}: all those with a capability of its type only, asked for only when they could still enter
     * the ranking (none beats {@link #ceilingElsewhere}, nor, without a pledge, {@link #ceilingElsewhereUnpledged}).
     * </li>
     * </ul>
     * A full recompute ranks twenty thousand needs; with this, a ranking scores the few organisations near the need
     * and rarely the hundreds of its subtype.
     */
    public record Candidates(Collection<Provider> ofSubtypeNear,
            Supplier<? extends Collection<Provider>> ofSubtypeSpeaking, Supplier<? extends Collection<Provider>> ofSubtype,
            Collection<Provider> ofTypeOnlyInCountry, Supplier<? extends Collection<Provider>> ofTypeOnly) {
    }

    /** The organisations that could answer the need, best first (ties: by identifier); at most {@code limit}. */
    public List<Match> rank(NeedToMatch need, List<Provider> providers, int limit) {
        List<Provider> ofSubtypeNear = new ArrayList<>();
        List<Provider> ofSubtypeSpeaking = new ArrayList<>();
        List<Provider> ofSubtype = new ArrayList<>();
        List<Provider> ofTypeOnlyInCountry = new ArrayList<>();
        List<Provider> ofTypeOnly = new ArrayList<>();
        for (Provider provider : providers) {
            if (capabilityOf(provider, need.taSubtype())) {
                ofSubtype.add(provider);
                if (isNear(need, provider)) {
                    ofSubtypeNear.add(provider);
                }
                if (speaks(need, provider)) {
                    ofSubtypeSpeaking.add(provider);
                }
            } else {
                ofTypeOnly.add(provider);
                if (worksIn(provider, need.country())) {
                    ofTypeOnlyInCountry.add(provider);
                }
            }
        }
        return rank(need, new Candidates(ofSubtypeNear, () -> ofSubtypeSpeaking, () -> ofSubtype, ofTypeOnlyInCountry,
                () -> ofTypeOnly), limit);
    }

    /** The same, from candidates split as an index keeps them. */
    public List<Match> rank(NeedToMatch need, Candidates candidates, int limit) {
        return explain(need, scoreBest(need, candidates, limit));
    }

    /** An organisation's score for a need, its reasons not yet put into words. */
    public record Scored(Provider provider, double score) {
    }

    /**
     * The ranking alone, best first (ties: by identifier): what a full recompute compares with the proposals made,
     * explaining only those it will propose.
     */
    public List<Scored> scoreBest(NeedToMatch need, Candidates candidates, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        Ranking ranking = new Ranking(limit);
        Set<String> offered = new HashSet<>();
        for (Provider provider : candidates.ofSubtypeNear()) {
            if (offered.add(provider.identifier())) {
                ranking.offer(provider, score(need, provider));
            }
        }
        for (Provider provider : candidates.ofTypeOnlyInCountry()) {
            ranking.offer(provider, score(need, provider));
        }
        if (!ranking.isFull() || ranking.lowest() <= ceilingOfSubtypeElsewhere) {
            for (Provider provider : candidates.ofSubtypeSpeaking().get()) {
                if (offered.add(provider.identifier())) {
                    ranking.offer(provider, score(need, provider));
                }
            }
        }
        if (!ranking.isFull() || ranking.lowest() <= ceilingOfSubtypeElsewhereSilent) {
            for (Provider provider : candidates.ofSubtype().get()) {
                if (offered.add(provider.identifier())) {
                    ranking.offer(provider, score(need, provider));
                }
            }
        }
        if (!ranking.isFull() || ranking.lowest() <= ceilingElsewhere) {
            for (Provider provider : candidates.ofTypeOnly().get()) {
                boolean cannotEnter = ranking.isFull() && ranking.lowest() > ceilingElsewhereUnpledged
                        && provider.pledges().isEmpty();
                if (!cannotEnter && !worksIn(provider, need.country())) { // those in the country were offered above
                    ranking.offer(provider, score(need, provider));
                }
            }
        }
        return ranking.bestFirst();
    }

    /** The ranked organisations with their scores explained, best first. */
    public List<Match> explain(NeedToMatch need, List<Scored> ranked) {
        List<Match> matches = new ArrayList<>(ranked.size());
        for (Scored scored : ranked) {
            match(need, scored.provider()).ifPresent(matches::add);
        }
        matches.sort(BEST_FIRST);
        return List.copyOf(matches);
    }

    /** Whether a capability of the need's subtype is delivered in a language of the need's country. */
    public static boolean speaks(NeedToMatch need, Provider provider) {
        for (Provider.Capability capability : provider.capabilities()) {
            if (capability.taSubtype().equals(need.taSubtype())) {
                for (String language : languagesOf(provider, capability)) {
                    if (need.languages().contains(language)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether an organisation may score above {@link #ceilingOfSubtypeElsewhere}: it works in the need's country, or
     * implemented or funded its subtype there, or pledged something.
     */
    public static boolean isNear(NeedToMatch need, Provider provider) {
        Provider.Experience.OfSubtype experience = provider.experience().of(need.taSubtype());
        Provider.Experience.OfSubtype funded = provider.funded().of(need.taSubtype());
        return worksIn(provider, need.country()) || !provider.pledges().isEmpty()
                || experience != null && experience.byCountry().containsKey(need.country())
                || funded != null && funded.byCountry().containsKey(need.country());
    }

    /** Whether the organisation, or one of its capabilities, names the country. */
    public static boolean worksIn(Provider provider, String country) {
        if (provider.countries().contains(country)) {
            return true;
        }
        for (Provider.Capability capability : provider.capabilities()) {
            if (capability.countries().contains(country)) {
                return true;
            }
        }
        return false;
    }

    /** The score alone (0-100), or -1 when the organisation cannot deliver anything of the need's type. */
    public double score(NeedToMatch need, Provider provider) {
        Provider.Capability capability = bestCapability(need, provider);
        if (capability == null) {
            return -1;
        }
        return score(capabilityFit(need, capability), instrumentFit(need, capability),
                presenceFit(need, provider, capability), languageFit(need, provider, capability),
                experienceFit(need, provider), fundingFit(need, provider));
    }

    /** The match of one organisation for the need, or empty when it cannot deliver anything of the need's type. */
    public Optional<Match> match(NeedToMatch need, Provider provider) {
        Provider.Capability capability = bestCapability(need, provider);
        if (capability == null) {
            return Optional.empty();
        }
        double capabilityFit = capabilityFit(need, capability);
        List<Match.Reason> reasons = new ArrayList<>();
        reasons.add(reason("capability", capabilityFit, weights.capability(), capabilityFit == 1
                ? "can deliver " + need.taSubtype()
                : "can deliver " + capability.taSubtype() + ", of the same type as " + need.taSubtype()));
        double instrument = instrumentFit(need, capability);
        reasons.add(reason("instrument", instrument, weights.instrument(), instrument == 1
                ? "for " + need.instrument() : "not offered for " + need.instrument()));
        reasons.add(presence(need, provider, capability));
        Optional<String> shared = languagesOf(provider, capability).stream().filter(need.languages()::contains)
                .sorted().findFirst();
        reasons.add(reason("language", languageFit(need, provider, capability), weights.language(), shared
                .map(l -> "delivers in " + l + ", a language of " + need.country())
                .orElse("delivers in none of the languages of " + need.country())));
        reasons.add(experience(need, provider));
        reasons.add(funding(need, provider));
        double score = score(reasons.get(0).fit(), reasons.get(1).fit(), reasons.get(2).fit(), reasons.get(3).fit(),
                reasons.get(4).fit(), reasons.get(5).fit());
        return Optional.of(new Match(provider.identifier(), provider.name(), score, List.copyOf(reasons)));
    }

    /** Points per reason rounded to a tenth, as the explanation shows them; the score is their share of the total. */
    private double score(double capability, double instrument, double presence, double language, double experience,
            double funding) {
        double points = points(capability, weights.capability()) + points(instrument, weights.instrument())
                + points(presence, weights.presence()) + points(language, weights.language())
                + points(experience, weights.experience()) + points(funding, weights.funding());
        return Math.round(1000 * points / weights.total()) / 10.0;
    }

    private static double points(double fit, double weight) {
        return Math.round(fit * weight * 10) / 10.0;
    }

    private static boolean capabilityOf(Provider provider, String taSubtype) {
        for (Provider.Capability capability : provider.capabilities()) {
            if (capability.taSubtype().equals(taSubtype)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Of the subtype if it has one that applies in the need's country, else of the type; among those, the one serving
     * the need's instrument, then the one nearest. Null when none applies there.
     */
    private static Provider.Capability bestCapability(NeedToMatch need, Provider provider) {
        Provider.Capability exact = null;
        Provider.Capability sameType = null;
        for (Provider.Capability capability : provider.capabilities()) {
            if (presenceFit(need, provider, capability) < 0) {
                continue; // limited to other places: it cannot be delivered there
            }
            if (capability.taSubtype().equals(need.taSubtype())) {
                if (exact == null || better(need, provider, capability, exact)) {
                    exact = capability;
                }
            } else if (capability.taType().equals(need.taType())) {
                if (sameType == null || better(need, provider, capability, sameType)) {
                    sameType = capability;
                }
            }
        }
        return exact != null ? exact : sameType;
    }

    private static boolean better(NeedToMatch need, Provider provider, Provider.Capability a, Provider.Capability b) {
        double byInstrument = instrumentFit(need, a) - instrumentFit(need, b);
        return byInstrument > 0 || byInstrument == 0 && presenceFit(need, provider, a) > presenceFit(need, provider, b);
    }

    private static double capabilityFit(NeedToMatch need, Provider.Capability capability) {
        return capability.taSubtype().equals(need.taSubtype()) ? 1 : 0.5;
    }

    private static double instrumentFit(NeedToMatch need, Provider.Capability capability) {
        return capability.instruments().contains(need.instrument()) ? 1 : 0;
    }

    /**
     * -1 when the capability does not apply in the need's country: it is limited to other places and not delivered
     * online. Otherwise the organisation's presence there, by what it or the capability names: 1 the country, 0.5 one
     * of its M49 areas, 0.25 neither (a capability offered anywhere, or online).
     */
    static double presenceFit(NeedToMatch need, Provider provider, Provider.Capability capability) {
        boolean applies = capability.anywhere() || capability.online()
                || capability.countries().contains(need.country()) || sharesArea(need, capability.areas());
        if (!applies) {
            return -1;
        }
        if (capability.countries().contains(need.country()) || provider.countries().contains(need.country())) {
            return 1;
        }
        return sharesArea(need, capability.areas()) || sharesArea(need, provider.areas()) ? 0.5 : 0.25;
    }

    private static boolean sharesArea(NeedToMatch need, Set<String> areas) {
        for (String area : need.areas()) {
            if (areas.contains(area)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> languagesOf(Provider provider, Provider.Capability capability) {
        return capability.languages().isEmpty() ? provider.languages() : capability.languages();
    }

    private static double languageFit(NeedToMatch need, Provider provider, Provider.Capability capability) {
        for (String language : languagesOf(provider, capability)) {
            if (need.languages().contains(language)) {
                return 1;
            }
        }
        return 0;
    }

    private static double experienceFit(NeedToMatch need, Provider provider) {
        Provider.Experience.OfSubtype experience = provider.experience().of(need.taSubtype());
        if (experience == null) {
            return 0;
        }
        return experience.byCountry().containsKey(need.country()) ? 1 : 0.6;
    }

    private static double fundingFit(NeedToMatch need, Provider provider) {
        double fit = 0;
        for (Provider.Pledge pledge : provider.pledges()) {
            if (need.id().equals(pledge.needId())) {
                return 1;
            }
            if (pledge.needId() == null && need.country().equals(pledge.country())) {
                fit = 0.5;
            }
        }
        Provider.Experience.OfSubtype funded = provider.funded().of(need.taSubtype());
        if (funded != null) {
            fit = Math.max(fit, funded.byCountry().containsKey(need.country()) ? 0.5 : 0.25);
        }
        return fit;
    }

    private Match.Reason presence(NeedToMatch need, Provider provider, Provider.Capability capability) {
        double fit = presenceFit(need, provider, capability);
        if (fit == 1) {
            return reason("presence", 1, weights.presence(), "works in " + need.country());
        }
        if (fit == 0.5) {
            String area = need.areas().stream().filter(a -> capability.areas().contains(a)
                    || provider.areas().contains(a)).sorted().findFirst().orElseThrow();
            return reason("presence", 0.5, weights.presence(), "works in M49 area " + area + " of " + need.country());
        }
        return capability.anywhere()
                ? reason("presence", 0.25, weights.presence(), "offers it anywhere; not present in or near "
                        + need.country())
                : reason("presence", 0.25, weights.presence(), "delivers it online; not present in or near "
                        + need.country());
    }

    private Match.Reason experience(NeedToMatch need, Provider provider) {
        Provider.Experience.OfSubtype experience = provider.experience().of(need.taSubtype());
        if (experience == null) {
            return reason("experience", 0, weights.experience(), "implemented no activity of " + need.taSubtype());
        }
        String here = experience.byCountry().get(need.country());
        return here != null
                ? reason("experience", 1, weights.experience(), "implemented activity " + here + " of "
                        + need.taSubtype() + " in " + need.country())
                : reason("experience", 0.6, weights.experience(), "implemented activity " + experience.anywhere()
                        + " of " + need.taSubtype() + " elsewhere");
    }

    private Match.Reason funding(NeedToMatch need, Provider provider) {
        Optional<Provider.Pledge> toNeed = provider.pledges().stream().filter(p -> need.id().equals(p.needId()))
                .findFirst();
        if (toNeed.isPresent()) {
            return reason("funding", 1, weights.funding(), "pledged " + toNeed.get().amount().toPlainString() + " "
                    + toNeed.get().currency() + " to this need");
        }
        Optional<Provider.Pledge> toCountry = provider.pledges().stream()
                .filter(p -> p.needId() == null && need.country().equals(p.country())).findFirst();
        if (toCountry.isPresent()) {
            return reason("funding", 0.5, weights.funding(), "pledged " + toCountry.get().amount().toPlainString() + " "
                    + toCountry.get().currency() + " to " + need.country());
        }
        Provider.Experience.OfSubtype funded = provider.funded().of(need.taSubtype());
        if (funded != null) {
            String here = funded.byCountry().get(need.country());
            return here != null
                    ? reason("funding", 0.5, weights.funding(), "funded similar work: activity " + here + " of "
                            + need.taSubtype() + " in " + need.country())
                    : reason("funding", 0.25, weights.funding(), "funded similar work: activity " + funded.anywhere()
                            + " of " + need.taSubtype() + " elsewhere");
        }
        return reason("funding", 0, weights.funding(), "no funding for this need, its country or its subtype");
    }

    private static Match.Reason reason(String component, double fit, double weight, String why) {
        return new Match.Reason(component, fit, weight, points(fit, weight), why);
    }

    /** The best {@code limit} scores seen, the weakest on top so that it is the one to give way. */
    private static final class Ranking {

        private final int limit;
        private final PriorityQueue<Scored> kept = new PriorityQueue<>(Comparator.comparingDouble(Scored::score)
                .thenComparing(s -> s.provider().identifier(), Comparator.reverseOrder()));

        Ranking(int limit) {
            this.limit = limit;
        }

        void offer(Provider provider, double score) {
            if (score < 0) {
                return;
            }
            if (kept.size() < limit) {
                kept.add(new Scored(provider, score));
                return;
            }
            Scored weakest = kept.peek();
            if (score > weakest.score() || score == weakest.score()
                    && provider.identifier().compareTo(weakest.provider().identifier()) < 0) {
                kept.poll();
                kept.add(new Scored(provider, score));
            }
        }

        boolean isFull() {
            return kept.size() >= limit;
        }

        double lowest() {
            return kept.isEmpty() ? -1 : kept.peek().score();
        }

        /** Best first; ties by identifier. */
        List<Scored> bestFirst() {
            List<Scored> ranked = new ArrayList<>(kept);
            ranked.sort(BEST_SCORED_FIRST);
            return ranked;
        }
    }
}
