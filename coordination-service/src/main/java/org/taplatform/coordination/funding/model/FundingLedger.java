package org.taplatform.coordination.funding.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Required against funded, per need and per country, from the requirements agreed in coordination, the pledges
 * recorded and the money activities report. Each flow is counted once:
 * <ul>
 * <li>a pledge to a need counts for that need; to a country (and theme) for the country, outside its needs; a pledge
 * to an activity stands for that activity's money (divided between its needs) only while the activity reports no
 * transactions of its own (its transactions then report that money);</li>
 * <li>an activity's money is divided evenly between the needs it answers; an activity that answers none counts for
 * its recipient countries by their shares, outside their needs;</li>
 * <li>an activity that names another activity counted for the same need (its funder's activity, or a related one) is
 * not counted again for it: the two report one flow;</li>
 * <li>withdrawn activities and duplicates merged into another are not counted; cancelled pledges neither.</li>
 * </ul>
 * Coverage is funding (committed and paid) over the requirement, in the requirement's currency only.
 */
public final class FundingLedger {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public record NeedFact(UUID id, String country, Money requirement) {
    }

    public record Money(BigDecimal amount, String currency) {
    }

    public record ActivityFact(UUID id, String iatiIdentifier, List<UUID> needIds, Set<String> linkedActivities,
            List<String> funders, ActivityMoney money) {
    }

    public record PledgeFact(String donor, String country, UUID needId, UUID activityId, String status,
            BigDecimal amount, String currency) {
    }

    /** What a need requires and what reached it. */
    public record NeedFunding(UUID needId, Money requirement, Funding funding, Double coverage) {
    }

    /** A country's needs' requirements and funding, money outside its needs, and who gave it. */
    public record CountryFunding(String country, Map<String, BigDecimal> required, Funding towardNeeds,
            Funding outsideNeeds, Map<String, Double> coverage, Map<String, Funding> byDonor) {
    }

    private final Map<UUID, NeedFact> needs = new LinkedHashMap<>();
    private final Map<UUID, Funding> needFunding = new LinkedHashMap<>();
    private final Map<String, Funding> outside = new TreeMap<>();
    private final Map<String, Map<String, Funding>> donors = new TreeMap<>();

    public FundingLedger(Collection<NeedFact> needs, Collection<ActivityFact> activities,
            Collection<PledgeFact> pledges) {
        needs.forEach(need -> {
            this.needs.put(need.id(), need);
            needFunding.put(need.id(), new Funding());
        });
        Map<UUID, ActivityFact> activitiesById = new java.util.HashMap<>();
        activities.forEach(activity -> activitiesById.put(activity.id(), activity));
        for (PledgeFact pledge : pledges) {
            pledge(pledge, activitiesById.get(pledge.activityId()));
        }
        Map<UUID, List<ActivityFact>> byNeed = new LinkedHashMap<>();
        for (ActivityFact activity : activities) {
            List<UUID> answered = activity.needIds().stream().filter(this.needs::containsKey).toList();
            if (answered.isEmpty()) {
                outsideNeeds(activity);
            }
            answered.forEach(need -> byNeed.computeIfAbsent(need, id -> new ArrayList<>()).add(activity));
        }
        byNeed.forEach((need, counted) -> {
            Set<String> identifiers = new HashSet<>();
            counted.stream().filter(activity -> activity.money().reportsMoney())
                    .forEach(activity -> identifiers.add(activity.iatiIdentifier()));
            for (ActivityFact activity : counted) {
                if (!activity.money().reportsMoney()) {
                    continue; // nothing of its own: the pledges to it stand for it
                }
                if (activity.linkedActivities().stream().anyMatch(other -> identifiers.contains(other)
                        && !other.equals(activity.iatiIdentifier()) && !namesBack(counted, other, activity))) {
                    continue; // the implementer's report of its funder's money: counted with the funder's activity
                }
                BigDecimal share = BigDecimal.ONE.divide(BigDecimal.valueOf(activity.needIds().stream()
                        .filter(this.needs::containsKey).count()), MathContext.DECIMAL64);
                Funding part = new Funding();
                part.addActivity(activity.money(), share);
                needFunding.get(need).add(part);
                donorsOf(activity).forEach(donor -> donor(needs(need).country(), donor).add(
                        scaled(part, activity.funders().isEmpty() ? 1 : activity.funders().size())));
            }
        });
    }

    public NeedFunding need(UUID id) {
        NeedFact need = needs.get(id);
        Funding funding = needFunding.get(id);
        return new NeedFunding(id, need.requirement(), funding, coverage(need.requirement(), funding));
    }

    public List<NeedFunding> needs() {
        return needs.keySet().stream().map(this::need).toList();
    }

    /** The countries with needs or money, by code. */
    public List<CountryFunding> countries() {
        Set<String> countries = new java.util.TreeSet<>(outside.keySet());
        needs.values().forEach(need -> countries.add(need.country()));
        return countries.stream().map(this::country).toList();
    }

    public CountryFunding country(String country) {
        Map<String, BigDecimal> required = new TreeMap<>();
        Funding towardNeeds = new Funding();
        for (NeedFact need : needs.values()) {
            if (need.country().equals(country)) {
                if (need.requirement() != null) {
                    required.merge(need.requirement().currency(), need.requirement().amount(), BigDecimal::add);
                }
                towardNeeds.add(needFunding.get(need.id()));
            }
        }
        Map<String, Double> coverage = new TreeMap<>();
        required.forEach((currency, amount) -> coverage.put(currency, percent(towardNeeds.funded()
                .getOrDefault(currency, BigDecimal.ZERO), amount)));
        return new CountryFunding(country, required, towardNeeds, outside.getOrDefault(country, new Funding()),
                coverage, donors.getOrDefault(country, Map.of()));
    }

    /** A pledge: to a need; to an activity (its needs, evenly) while it reports no money of its own; to a country. */
    private void pledge(PledgeFact pledge, ActivityFact activity) {
        if ("CANCELLED".equals(pledge.status())) {
            return;
        }
        if (activity != null && activity.money().reportsMoney()) {
            return; // the activity's own transactions report this money
        }
        Funding part = new Funding();
        switch (pledge.status()) {
            case "PLEDGED" -> part.pledge(pledge.currency(), pledge.amount());
            case "COMMITTED" -> part.commit(pledge.currency(), pledge.amount());
            default -> part.pay(pledge.currency(), pledge.amount());
        }
        List<NeedFact> toward = new ArrayList<>();
        if (pledge.needId() != null && needs.containsKey(pledge.needId())) {
            toward.add(needs.get(pledge.needId()));
        } else if (activity != null) {
            activity.needIds().stream().filter(needs::containsKey).map(needs::get).forEach(toward::add);
        }
        if (!toward.isEmpty()) {
            Funding share = scaled(part, toward.size());
            for (NeedFact need : toward) {
                needFunding.get(need.id()).add(share);
                donor(need.country(), pledge.donor()).add(share);
            }
        } else if (pledge.country() != null) {
            outside.computeIfAbsent(pledge.country(), c -> new Funding()).add(part);
            donor(pledge.country(), pledge.donor()).add(part);
        }
    }

    /** An activity answering no need: its money for its recipient countries, by their shares. */
    private void outsideNeeds(ActivityFact activity) {
        if (!activity.money().reportsMoney()) {
            return;
        }
        Map<String, BigDecimal> shares = activity.money().countryShares();
        for (Map.Entry<String, BigDecimal> share : shares.entrySet()) {
            Funding part = new Funding();
            part.addActivity(activity.money(), share.getValue().divide(HUNDRED, MathContext.DECIMAL64));
            outside.computeIfAbsent(share.getKey(), c -> new Funding()).add(part);
            for (String donor : donorsOf(activity)) {
                donor(share.getKey(), donor).add(scaled(part, activity.funders().isEmpty() ? 1
                        : activity.funders().size()));
            }
        }
    }

    private NeedFact needs(UUID id) {
        return needs.get(id);
    }

    /** Whether {@code other} names {@code activity} too (then the two name each other: the first by identifier counts). */
    private static boolean namesBack(List<ActivityFact> counted, String other, ActivityFact activity) {
        return counted.stream().anyMatch(a -> a.iatiIdentifier().equals(other)
                && a.linkedActivities().contains(activity.iatiIdentifier()))
                && activity.iatiIdentifier().compareTo(other) < 0;
    }

    private static List<String> donorsOf(ActivityFact activity) {
        return activity.funders().isEmpty() ? List.of("(not reported)") : activity.funders();
    }

    private Funding donor(String country, String donor) {
        return donors.computeIfAbsent(country, c -> new TreeMap<>()).computeIfAbsent(donor, d -> new Funding());
    }

    /** A flow divided in equal parts (between its funders, or the needs it goes to). */
    private static Funding scaled(Funding part, int parts) {
        Funding share = new Funding();
        BigDecimal divisor = BigDecimal.valueOf(parts);
        part.pledged().forEach((c, a) -> share.pledge(c, a.divide(divisor, MathContext.DECIMAL64)));
        part.committed().forEach((c, a) -> share.commit(c, a.divide(divisor, MathContext.DECIMAL64)));
        part.paid().forEach((c, a) -> share.pay(c, a.divide(divisor, MathContext.DECIMAL64)));
        return share;
    }

    private static Double coverage(Money requirement, Funding funding) {
        if (requirement == null || requirement.amount().signum() == 0) {
            return null;
        }
        return percent(funding.funded().getOrDefault(requirement.currency(), BigDecimal.ZERO), requirement.amount());
    }

    private static double percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? 0 : part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP).doubleValue();
    }
}
