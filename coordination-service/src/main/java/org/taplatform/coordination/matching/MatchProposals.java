package org.taplatform.coordination.matching;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.taplatform.coordination.matching.model.Match;
import org.taplatform.coordination.matching.model.Matcher;
import org.taplatform.coordination.index.IndexedNeed;
import org.taplatform.coordination.index.ReadModelIndex;
import org.taplatform.events.Topics;
import org.taplatform.events.coordination.MatchProposed;
import org.taplatform.events.outbox.Outbox;

/**
 * Proposes organisations for a need when it is registered or changed: its best matches scoring at least the threshold
 * ({@code coordination.matching.proposals.*}), each once per need, announced as ta.coordination.match.proposed.v1 in
 * the event's transaction. A proposal is a suggestion to the coordinator and the organisation; it does not change the
 * need's coverage.
 */
@ApplicationScoped
public class MatchProposals {

    private final MatchingService matching;
    private final ReadModelIndex index;
    private final Outbox outbox;
    private final int limit;
    private final double minimumScore;

    MatchProposals(MatchingService matching, ReadModelIndex index, Outbox outbox,
            @ConfigProperty(name = "coordination.matching.proposals.limit", defaultValue = "3") int limit,
            @ConfigProperty(name = "coordination.matching.proposals.minimum-score", defaultValue = "60") double minimumScore) {
        this.matching = matching;
        this.index = index;
        this.outbox = outbox;
        this.limit = limit;
        this.minimumScore = minimumScore;
    }

    @Transactional(TxType.MANDATORY)
    public void proposeFor(UUID needId) {
        index.need(needId).filter(need -> !need.isClosed()).ifPresent(need -> propose(need,
                matching.best(need, limit)));
    }

    /** How many organisations are proposed for a need at most. */
    public int limit() {
        return limit;
    }

    /** Those of the matches (best first) worth proposing: the first {@link #limit()} scoring at least the threshold. */
    public List<Match> worth(List<Match> matches) {
        return firstWorth(matches, Match::score);
    }

    /** The same for a ranking not yet explained. */
    public List<Matcher.Scored> worthScored(List<Matcher.Scored> ranked) {
        return firstWorth(ranked, Matcher.Scored::score);
    }

    private <T> List<T> firstWorth(List<T> ranked, java.util.function.ToDoubleFunction<T> score) {
        List<T> worth = new java.util.ArrayList<>(Math.min(limit, ranked.size()));
        for (T candidate : ranked) {
            if (worth.size() == limit) {
                break;
            }
            if (score.applyAsDouble(candidate) >= minimumScore) {
                worth.add(candidate);
            }
        }
        return worth;
    }

    /** Proposes those of the matches (best first) that score enough and were not proposed for the need before. */
    @Transactional(TxType.MANDATORY)
    public int propose(IndexedNeed need, List<Match> matches) {
        List<Match> worth = worth(matches);
        if (worth.isEmpty()) {
            return 0;
        }
        Set<String> proposed = Set.copyOf(MatchProposal.getEntityManager().createQuery(
                "select p.organisation from MatchProposal p where p.needId = ?1", String.class)
                .setParameter(1, need.id()).getResultList());
        List<Outbox.Entry> announcements = new java.util.ArrayList<>(worth.size());
        for (Match match : worth) {
            if (proposed.contains(match.organisation())) {
                continue;
            }
            MatchProposal proposal = new MatchProposal();
            proposal.needId = need.id();
            proposal.organisation = match.organisation();
            proposal.score = match.score();
            proposal.proposedAt = Instant.now();
            proposal.persist();
            List<String> reasons = match.reasons().stream().map(r -> r.component() + ": " + r.why()).toList();
            announcements.add(new Outbox.Entry(Topics.COORDINATION_EVENTS, need.country(), need.id().toString(),
                    new MatchProposed(need.id(), need.country(), need.consent(), match.organisation(), match.score(),
                            reasons, proposal.proposedAt)));
        }
        outbox.recordAll(announcements); // one round trip for the need's proposals
        return announcements.size();
    }
}
