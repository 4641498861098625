package org.taplatform.coordination.matching;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.taplatform.coordination.matching.model.Match;
import org.taplatform.coordination.need.NeedReadModel;
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
    private final Outbox outbox;
    private final int limit;
    private final double minimumScore;

    MatchProposals(MatchingService matching, Outbox outbox,
            @ConfigProperty(name = "coordination.matching.proposals.limit", defaultValue = "3") int limit,
            @ConfigProperty(name = "coordination.matching.proposals.minimum-score", defaultValue = "60") double minimumScore) {
        this.matching = matching;
        this.outbox = outbox;
        this.limit = limit;
        this.minimumScore = minimumScore;
    }

    @Transactional(TxType.MANDATORY)
    public void proposeFor(UUID needId) {
        NeedReadModel need = NeedReadModel.findById(needId);
        if (need == null || "WITHDRAWN".equals(need.status)) {
            return;
        }
        for (Match match : matching.best(need, limit)) {
            if (match.score() < minimumScore
                    || MatchProposal.count("needId = ?1 and organisation = ?2", needId, match.organisation()) > 0) {
                continue;
            }
            MatchProposal proposal = new MatchProposal();
            proposal.needId = needId;
            proposal.organisation = match.organisation();
            proposal.score = match.score();
            proposal.proposedAt = Instant.now();
            proposal.persist();
            List<String> reasons = match.reasons().stream().map(r -> r.component() + ": " + r.why()).toList();
            outbox.record(Topics.COORDINATION_EVENTS, need.country, needId.toString(), new MatchProposed(needId,
                    need.country, need.consent, match.organisation(), match.score(), reasons, proposal.proposedAt));
        }
    }
}
