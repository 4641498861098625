package org.taplatform.coordination.matching;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.taplatform.coordination.index.IndexedNeed;
import org.taplatform.coordination.index.ReadModelIndex;
import org.taplatform.coordination.matching.model.Match;
import org.taplatform.coordination.matching.model.MatchWeights;
import org.taplatform.coordination.matching.model.Matcher;
import org.taplatform.coordination.matching.model.NeedToMatch;
import org.taplatform.coordination.matching.model.Provider;
import org.taplatform.reference.security.Caller;

/**
 * Matching's use case: takes a need and the organisations that could deliver its type from the read-model index, and
 * lets the domain model rank them. Only a need the caller may see (the State's consent) is matched for the caller.
 */
@ApplicationScoped
public class MatchingService {

    private final Matcher matcher;
    private final ReadModelIndex index;

    MatchingService(MatchingSettings settings, ReadModelIndex index) {
        this.matcher = new Matcher(new MatchWeights(settings.capability(), settings.instrument(), settings.presence(),
                settings.language(), settings.experience(), settings.funding()));
        this.index = index;
    }

    /** The ranked organisations for the need, or empty when there is no such need or the caller may not see it. */
    public Optional<List<Match>> matchesFor(UUID needId, Caller caller, int limit) {
        return index.need(needId)
                .filter(need -> need.consent().allows(caller.roles(), caller.country().orElse(null), need.country()))
                .map(need -> best(need, limit));
    }

    /** The best organisations for a need, whoever asks (for coordination's own proposals and recomputes). */
    public List<Match> best(IndexedNeed need, int limit) {
        return matcher.rank(need.toMatch(), candidates(need), limit);
    }

    /** The reasons of a ranking made by {@link #bestForAll}, put into words. */
    public List<Match> explain(IndexedNeed need, List<Matcher.Scored> ranked) {
        return matcher.explain(need.toMatch(), ranked);
    }

    private Matcher.Candidates candidates(IndexedNeed need) {
        return new Matcher.Candidates(index.providersOfSubtypeNear(need.taSubtype(), need.country()),
                () -> index.providersOfSubtypeSpeaking(need.taSubtype(), need.toMatch().languages()),
                () -> index.providersOfSubtype(need.taSubtype()),
                index.providersOfTypeOnlyIn(need.taType(), need.taSubtype(), need.country()),
                () -> index.providersOfTypeOnly(need.taType(), need.taSubtype()));
    }

    /**
     * The best organisations for many needs at once (a recompute), scored but not explained. Needs of the same country, TA subtype and
     * instrument rank the same organisations the same way (only a pledge to a need itself tells them apart), so each
     * such group is ranked once, the groups in parallel; the organisations of a subtype (all, or those delivering in
     * the languages of a country), when a ranking needs them, are looked up once.
     */
    public Map<UUID, List<Matcher.Scored>> bestForAll(Collection<IndexedNeed> needs, int limit) {
        Map<String, List<IndexedNeed>> groups = needs.stream().filter(need -> !need.isClosed()).collect(
                Collectors.groupingBy(need -> need.country() + '|' + need.taSubtype() + '|' + need.instrument()));
        Map<UUID, List<Matcher.Scored>> best = new ConcurrentHashMap<>();
        // the candidates of a subtype, looked up once for all its groups
        Map<String, List<Provider>> ofSubtype = new ConcurrentHashMap<>();
        Map<String, List<Provider>> ofSubtypeSpeaking = new ConcurrentHashMap<>(); // by subtype and languages
        Map<String, List<Provider>> ofTypeOnly = new ConcurrentHashMap<>();
        groups.values().parallelStream().forEach(group -> {
            IndexedNeed first = group.get(0);
            Matcher.Candidates candidates = new Matcher.Candidates(
                    index.providersOfSubtypeNear(first.taSubtype(), first.country()),
                    () -> ofSubtypeSpeaking.computeIfAbsent(first.taSubtype() + '|' + new TreeSet<>(
                            first.toMatch().languages()), key -> index.providersOfSubtypeSpeaking(first.taSubtype(),
                                    first.toMatch().languages())),
                    () -> ofSubtype.computeIfAbsent(first.taSubtype(), index::providersOfSubtype),
                    index.providersOfTypeOnlyIn(first.taType(), first.taSubtype(), first.country()),
                    () -> ofTypeOnly.computeIfAbsent(first.taSubtype(),
                            subtype -> index.providersOfTypeOnly(first.taType(), subtype)));
            List<Matcher.Scored> shared = null;
            for (IndexedNeed need : group) {
                if (!index.pledgesFor(need.id()).isEmpty()) {
                    best.put(need.id(), matcher.scoreBest(need.toMatch(), candidates(need), limit));
                    continue;
                }
                if (shared == null) {
                    shared = matcher.scoreBest(need.toMatch(), candidates, limit);
                }
                best.put(need.id(), shared);
            }
        });
        return best;
    }

    /** A need the organisation could answer, how well, and why. */
    public record NeedMatch(@Schema(example = "5f0c6a1e-3b7d-4c2a-9e1f-8a2b4c6d8e0f") UUID needId, @Schema(example = "KEN") String country, @Schema(example = "UNTOC") String instrument, @Schema(example = "LEGAL.DRAFTING") String taSubtype, String priority,
            String coverageLevel, @Schema(example = "87.5") double score, List<Match.Reason> reasons) {
    }

    /**
     * The other way round: the needs an organisation could answer (not covered yet, visible to the caller, of a TA
     * type it has a capability of), best first; empty when there is no such organisation.
     */
    public Optional<List<NeedMatch>> needsFor(String identifier, String country, Caller caller, int limit) {
        Optional<Provider> found = index.provider(identifier);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Provider provider = found.get();
        Set<String> types = provider.capabilities().stream().map(Provider.Capability::taType)
                .collect(Collectors.toSet());
        List<Scored> scored = new ArrayList<>();
        for (String type : types) {
            for (IndexedNeed need : index.needsOfType(type)) {
                if (need.isClosed() || "COVERED".equals(need.coverageLevel())
                        || country != null && !country.equals(need.country())
                        || !need.consent().allows(caller.roles(), caller.country().orElse(null), need.country())) {
                    continue;
                }
                double score = matcher.score(need.toMatch(), provider);
                if (score >= 0) {
                    scored.add(new Scored(need, score));
                }
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(s -> s.need().country()).thenComparing(s -> s.need().id().toString()));
        List<NeedMatch> matches = new ArrayList<>();
        for (Scored s : scored.subList(0, Math.min(limit, scored.size()))) {
            IndexedNeed need = s.need();
            matcher.match(need.toMatch(), provider).ifPresent(match -> matches.add(new NeedMatch(need.id(),
                    need.country(), need.instrument(), need.taSubtype(), need.priority(),
                    need.coverageLevel() == null ? "UNMET" : need.coverageLevel(), match.score(), match.reasons())));
        }
        return Optional.of(List.copyOf(matches));
    }

    private record Scored(IndexedNeed need, double score) {
    }
}
