package org.taplatform.coordination.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.taplatform.coordination.matching.model.Match;
import org.taplatform.coordination.matching.model.MatchWeights;
import org.taplatform.coordination.matching.model.Matcher;
import org.taplatform.coordination.matching.model.NeedToMatch;
import org.taplatform.coordination.matching.model.Provider;
import org.taplatform.coordination.need.NeedReadModel;
import org.taplatform.coordination.provider.ActivityReadModel;
import org.taplatform.coordination.provider.CapabilityReadModel;
import org.taplatform.coordination.provider.OrganisationReadModel;
import org.taplatform.coordination.provider.PledgeReadModel;
import org.taplatform.reference.Country;
import org.taplatform.reference.ReferenceData;
import org.taplatform.reference.security.Caller;

/**
 * Matching's use case: loads a need and the organisations that could deliver its type from the read models, and lets
 * the domain model rank them. Only a need the caller may see (the State's consent) is matched for the caller.
 */
@ApplicationScoped
public class MatchingService {

    private final Matcher matcher;

    MatchingService(MatchingSettings settings) {
        this.matcher = new Matcher(new MatchWeights(settings.capability(), settings.instrument(), settings.presence(),
                settings.language(), settings.experience(), settings.pledge()));
    }

    /** The ranked organisations for the need, or empty when there is no such need or the caller may not see it. */
    @Transactional
    public Optional<List<Match>> matchesFor(UUID needId, Caller caller, int limit) {
        return NeedReadModel.<NeedReadModel>findByIdOptional(needId)
                .filter(need -> need.consent.allows(caller.roles(), caller.country().orElse(null), need.country))
                .map(need -> matcher.rank(toMatch(need), candidates(need), limit));
    }

    /** The best organisations for a need, whoever asks (for coordination's own proposals). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Match> best(NeedReadModel need, int limit) {
        return matcher.rank(toMatch(need), candidates(need), limit);
    }

    private static NeedToMatch toMatch(NeedReadModel need) {
        Optional<Country> country = ReferenceData.instance().country(need.country);
        Set<String> areas = new HashSet<>();
        country.ifPresent(c -> {
            addIfPresent(areas, c.regionCode());
            addIfPresent(areas, c.subRegionCode());
            addIfPresent(areas, c.intermediateRegionCode());
        });
        return new NeedToMatch(need.id, need.country, Set.copyOf(areas), need.instrument, need.taType, need.taSubtype,
                CountryLanguages.of(country.map(Country::iso2).orElse(null)));
    }

    /** Organisations with a capability of the need's TA type, with what matching compares. */
    private static List<Provider> candidates(NeedReadModel need) {
        List<CapabilityReadModel> capabilities = CapabilityReadModel.list("taSubtype like ?1", need.taType + ".%");
        Map<String, List<CapabilityReadModel>> byOrganisation = capabilities.stream()
                .collect(Collectors.groupingBy(c -> c.organisation));
        if (byOrganisation.isEmpty()) {
            return List.of();
        }
        // one query for the experience of all candidates, one for their pledges: not one per organisation
        Map<String, List<Provider.PastActivity>> experience = experienceIn(need.taSubtype, byOrganisation.keySet());
        Map<String, List<PledgeReadModel>> pledges = PledgeReadModel.<PledgeReadModel>list(
                "donor in ?1 and country = ?2 and status <> 'CANCELLED'", byOrganisation.keySet(), need.country)
                .stream().collect(Collectors.groupingBy(p -> p.donor));
        List<Provider> providers = new ArrayList<>();
        for (OrganisationReadModel organisation : OrganisationReadModel.<OrganisationReadModel>list("identifier in ?1",
                byOrganisation.keySet())) {
            providers.add(provider(organisation, byOrganisation.get(organisation.identifier),
                    experience.getOrDefault(organisation.identifier, List.of()),
                    pledges.getOrDefault(organisation.identifier, List.of())));
        }
        return providers;
    }

    /** The activities of a subtype of each of the organisations (as reporter or participant), read in one query. */
    private static Map<String, List<Provider.PastActivity>> experienceIn(String taSubtype, Set<String> organisations) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = ActivityReadModel.getEntityManager().createNativeQuery(
                "select iati_identifier, reporting_organisation, participants, ta_subtypes, recipient_countries"
                        + " from activity_read_model where not withdrawn and duplicate_of is null"
                        + " and ta_subtypes @> array[cast(?1 as varchar)]")
                .setParameter(1, taSubtype).getResultList();
        Map<String, List<Provider.PastActivity>> byOrganisation = new java.util.HashMap<>();
        for (Object[] row : rows) {
            Provider.PastActivity activity = new Provider.PastActivity((String) row[0], set((String[]) row[3]),
                    set((String[]) row[4]));
            Set<String> involved = new HashSet<>(java.util.Arrays.asList((String[]) row[2]));
            involved.add((String) row[1]);
            for (String organisation : involved) {
                if (organisations.contains(organisation)) {
                    byOrganisation.computeIfAbsent(organisation, o -> new ArrayList<>()).add(activity);
                }
            }
        }
        return byOrganisation;
    }

    /** A need the organisation could answer, how well, and why. */
    public record NeedMatch(UUID needId, String country, String instrument, String taSubtype, String priority,
            String coverageLevel, double score, List<Match.Reason> reasons) {
    }

    /**
     * The other way round: the needs an organisation could answer (not covered yet, visible to the caller, of a TA
     * type it has a capability of), best first; empty when there is no such organisation.
     */
    @Transactional
    public Optional<List<NeedMatch>> needsFor(String identifier, String country, Caller caller, int limit) {
        Optional<OrganisationReadModel> found = OrganisationReadModel.findByIdOptional(identifier);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<CapabilityReadModel> capabilities = CapabilityReadModel.list("organisation", identifier);
        Set<String> types = capabilities.stream().map(c -> c.taSubtype.substring(0, c.taSubtype.indexOf('.')))
                .collect(Collectors.toSet());
        if (types.isEmpty()) {
            return Optional.of(List.of());
        }
        Provider provider = provider(found.get(), capabilities, pastActivities(identifier).stream()
                .map(a -> new Provider.PastActivity(a.iatiIdentifier, set(a.taSubtypes), set(a.recipientCountries)))
                .toList(),
                PledgeReadModel.list("donor = ?1 and status <> 'CANCELLED'", identifier));
        String where = "status <> 'WITHDRAWN' and (coverageLevel is null or coverageLevel <> 'COVERED') and taType in ?1"
                + (country == null ? "" : " and country = ?2");
        List<NeedReadModel> needs = country == null ? NeedReadModel.list(where, types)
                : NeedReadModel.list(where, types, country);
        List<NeedMatch> matches = new ArrayList<>();
        for (NeedReadModel need : needs) {
            if (!need.consent.allows(caller.roles(), caller.country().orElse(null), need.country)) {
                continue;
            }
            matcher.match(toMatch(need), provider).ifPresent(match -> matches.add(new NeedMatch(need.id, need.country,
                    need.instrument, need.taSubtype, need.priority, need.coverageLevel == null ? "UNMET"
                            : need.coverageLevel, match.score(), match.reasons())));
        }
        matches.sort(java.util.Comparator.comparingDouble(NeedMatch::score).reversed()
                .thenComparing(NeedMatch::country).thenComparing(m -> m.needId().toString()));
        return Optional.of(matches.size() > limit ? List.copyOf(matches.subList(0, limit)) : List.copyOf(matches));
    }

    /** The organisation's activities, as reporter or participant. */
    @SuppressWarnings("unchecked")
    private static List<ActivityReadModel> pastActivities(String organisation) {
        return ActivityReadModel.getEntityManager().createNativeQuery(
                "select * from activity_read_model where not withdrawn and duplicate_of is null"
                        + " and (reporting_organisation = ?1 or participants @> array[cast(?1 as varchar)])",
                ActivityReadModel.class).setParameter(1, organisation).getResultList();
    }

    private static Provider provider(OrganisationReadModel organisation, List<CapabilityReadModel> capabilities,
            List<Provider.PastActivity> past, List<PledgeReadModel> pledges) {
        return new Provider(organisation.identifier, organisation.names.getOrDefault("en", organisation.identifier),
                set(organisation.countries), set(organisation.regions), set(organisation.languages),
                capabilities.stream().map(c -> new Provider.Capability(c.taSubtype,
                        c.taSubtype.substring(0, c.taSubtype.indexOf('.')), set(c.instruments), set(c.countries),
                        set(c.regions), set(c.languages))).toList(),
                past,
                pledges.stream().map(p -> new Provider.Pledge(p.needId, p.country, p.taSubtype, p.amount, p.currency))
                        .toList());
    }

    /** A set of an array's values (a read model's array may repeat a value). */
    private static Set<String> set(String[] values) {
        return Set.copyOf(java.util.Arrays.asList(values));
    }

    private static void addIfPresent(Set<String> set, String value) {
        if (value != null) {
            set.add(value);
        }
    }
}
