package org.taplatform.coordination.funding;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;

import org.taplatform.coordination.funding.model.FundingLedger;
import org.taplatform.coordination.need.NeedReadModel;
import org.taplatform.coordination.provider.ActivityReadModel;
import org.taplatform.coordination.provider.PledgeReadModel;
import org.taplatform.reference.paging.Page;
import org.taplatform.reference.problem.Preconditions;
import org.taplatform.reference.problem.ProblemException;
import org.taplatform.reference.security.Caller;

/**
 * The funding view: required against funded per need and country, within the needs the caller may see (the State's
 * consent), and the requirements that say what each need would cost.
 */
@ApplicationScoped
public class FundingService {

    private static final String OPEN_NEEDS = "status not in ('WITHDRAWN', 'SUPERSEDED')";

    /** Every country with needs or money, by code. */
    @Transactional
    public FundingViews.Countries countries(Caller caller) {
        Ledger ledger = ledger(null, caller);
        return new FundingViews.Countries(ledger.ledger().countries().stream().map(FundingViews.CountryView::of)
                .toList(), ledger.asOf());
    }

    /** One country: its totals, each visible need's requirement and funding, and who gave. */
    @Transactional
    public FundingViews.CountryDetail country(String country, Caller caller) {
        Ledger ledger = ledger(country, caller);
        Map<UUID, NeedReadModel> needs = new HashMap<>();
        ledger.needs().forEach(need -> needs.put(need.id, need));
        List<FundingViews.NeedView> rows = ledger.ledger().needs().stream()
                .map(funding -> FundingViews.NeedView.of(needs.get(funding.needId()), funding))
                .sorted(java.util.Comparator.comparing(FundingViews.NeedView::taSubtype)
                        .thenComparing(v -> v.needId().toString()))
                .toList();
        return new FundingViews.CountryDetail(FundingViews.CountryView.of(ledger.ledger().country(country)), rows,
                ledger.asOf());
    }

    /** Sets what meeting a need would cost: coordinators for any need, a State's focal point for its own. */
    @Transactional
    public NeedRequirement require(UUID needId, RequirementRequest request, String ifMatch, Caller caller) {
        NeedReadModel need = NeedReadModel.<NeedReadModel>findByIdOptional(needId)
                .filter(n -> n.consent.allows(caller.roles(), caller.country().orElse(null), n.country))
                .orElseThrow(() -> ProblemException.notFound("No need " + needId));
        if (!caller.isCoordinator() && !caller.country().map(need.country::equals).orElse(false)) {
            throw new ForbiddenException("A State's focal point sets the requirements of its own State's needs");
        }
        NeedRequirement requirement = NeedRequirement.findById(needId);
        if (requirement == null) {
            requirement = new NeedRequirement();
            requirement.needId = needId;
        } else {
            Preconditions.requireMatch(ifMatch, requirement.version);
        }
        requirement.amount = request.amount().setScale(2, java.math.RoundingMode.HALF_UP);
        requirement.currency = request.currency();
        requirement.note = request.note();
        requirement.setBy = caller.name();
        requirement.setAt = Instant.now();
        requirement.persist();
        NeedRequirement.flush(); // the new version, for the ETag
        return requirement;
    }

    /**
     * The activities the ledger counts: those whose transactions report money (most report none, and reading them
     * whole, analysed texts and all, would make the view cost as much as the registry is large), and those a pledge
     * names (their needs); neither withdrawn nor merged into another.
     */
    @SuppressWarnings("unchecked")
    private static List<ActivityReadModel> activitiesCounted(String country, List<PledgeReadModel> pledges) {
        String sql = "select * from activity_read_model where not withdrawn and duplicate_of is null"
                + " and (funding -> 'committed' <> '{}'::jsonb or funding -> 'paid' <> '{}'::jsonb)"
                + (country == null ? "" : " and :country = any(recipient_countries)");
        var query = ActivityReadModel.getEntityManager().createNativeQuery(sql, ActivityReadModel.class);
        if (country != null) {
            query.setParameter("country", country);
        }
        Map<UUID, ActivityReadModel> counted = new java.util.LinkedHashMap<>();
        ((List<ActivityReadModel>) query.getResultList()).forEach(a -> counted.put(a.id, a));
        List<UUID> pledged = pledges.stream().map(p -> p.activityId).filter(java.util.Objects::nonNull)
                .filter(id -> !counted.containsKey(id)).distinct().toList();
        if (!pledged.isEmpty()) {
            ActivityReadModel.<ActivityReadModel>list("id in ?1 and withdrawn = false and duplicateOf is null", pledged)
                    .forEach(a -> counted.put(a.id, a));
        }
        return List.copyOf(counted.values());
    }

    private record Ledger(FundingLedger ledger, List<NeedReadModel> needs, Instant asOf) {
    }

    /** The ledger over the caller's visible needs (of one country, or all) and every counted flow. */
    private Ledger ledger(String country, Caller caller) {
        List<NeedReadModel> needs = (country == null ? NeedReadModel.<NeedReadModel>list(OPEN_NEEDS)
                : NeedReadModel.<NeedReadModel>list(OPEN_NEEDS + " and country = ?1", country)).stream()
                .filter(need -> need.consent.allows(caller.roles(), caller.country().orElse(null), need.country))
                .toList();
        Map<UUID, NeedRequirement> requirements = new HashMap<>();
        if (!needs.isEmpty()) {
            NeedRequirement.<NeedRequirement>list("needId in ?1", needs.stream().map(n -> n.id).toList())
                    .forEach(r -> requirements.put(r.needId, r));
        }
        List<FundingLedger.NeedFact> needFacts = needs.stream().map(need -> {
            NeedRequirement r = requirements.get(need.id);
            return new FundingLedger.NeedFact(need.id, need.country, r == null ? null
                    : new FundingLedger.Money(r.amount, r.currency));
        }).toList();
        List<PledgeReadModel> pledges = country == null ? PledgeReadModel.listAll()
                : PledgeReadModel.list("country = ?1 or needId in ?2", country, needs.isEmpty()
                        ? List.of(new UUID(0, 0)) : needs.stream().map(n -> n.id).toList());
        List<ActivityReadModel> activities = activitiesCounted(country, pledges);
        List<FundingLedger.ActivityFact> activityFacts = activities.stream().map(a -> new FundingLedger.ActivityFact(
                a.id, a.iatiIdentifier, Arrays.asList(a.needIds), new HashSet<>(Arrays.asList(a.linkedActivities)),
                Arrays.stream(a.participations).filter(p -> p.startsWith("1:")).map(p -> p.substring(2)).toList(),
                a.funding)).toList();
        List<FundingLedger.PledgeFact> pledgeFacts = new ArrayList<>();
        for (PledgeReadModel p : pledges) {
            pledgeFacts.add(new FundingLedger.PledgeFact(p.donor, p.country, p.needId, p.activityId, p.status,
                    p.amount, p.currency));
        }
        List<Instant> changes = new ArrayList<>();
        needs.forEach(n -> changes.add(n.changedAt));
        activities.forEach(a -> changes.add(a.changedAt));
        pledges.forEach(p -> changes.add(p.changedAt));
        requirements.values().forEach(r -> changes.add(r.setAt));
        return new Ledger(new FundingLedger(needFacts, activityFacts, pledgeFacts), needs,
                Page.latestOf(changes, instant -> instant));
    }
}
