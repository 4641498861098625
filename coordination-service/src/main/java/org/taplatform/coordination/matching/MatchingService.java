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
        List<Provider> providers = new ArrayList<>();
        for (OrganisationReadModel organisation : OrganisationReadModel.<OrganisationReadModel>list("identifier in ?1",
                byOrganisation.keySet())) {
            @SuppressWarnings("unchecked")
            List<ActivityReadModel> past = ActivityReadModel.getEntityManager().createNativeQuery(
                    "select * from activity_read_model where not withdrawn and duplicate_of is null and cast(?1 as varchar) = any(ta_subtypes)"
                            + " and (reporting_organisation = ?2 or cast(?2 as varchar) = any(participants))",
                    ActivityReadModel.class).setParameter(1, need.taSubtype).setParameter(2, organisation.identifier)
                    .getResultList();
            List<Provider.PastActivity> activities = past.stream()
                    .map(a -> new Provider.PastActivity(a.iatiIdentifier, Set.copyOf(java.util.Arrays.asList(a.taSubtypes)),
                            Set.copyOf(java.util.Arrays.asList(a.recipientCountries))))
                    .toList();
            List<Provider.Pledge> pledges = PledgeReadModel.<PledgeReadModel>list(
                    "donor = ?1 and country = ?2 and status <> 'CANCELLED'", organisation.identifier, need.country).stream()
                    .map(p -> new Provider.Pledge(p.needId, p.country, p.taSubtype, p.amount, p.currency)).toList();
            providers.add(new Provider(organisation.identifier, organisation.names.getOrDefault("en",
                    organisation.identifier), Set.copyOf(java.util.Arrays.asList(organisation.countries)), Set.copyOf(java.util.Arrays.asList(organisation.regions)),
                    Set.copyOf(java.util.Arrays.asList(organisation.languages)), byOrganisation.get(organisation.identifier).stream()
                            .map(c -> new Provider.Capability(c.taSubtype, c.taSubtype.substring(0, c.taSubtype.indexOf('.')),
                                    Set.copyOf(java.util.Arrays.asList(c.instruments)), Set.copyOf(java.util.Arrays.asList(c.countries)), Set.copyOf(java.util.Arrays.asList(c.regions)),
                                    Set.copyOf(java.util.Arrays.asList(c.languages))))
                            .toList(),
                    activities, pledges));
        }
        return providers;
    }

    private static void addIfPresent(Set<String> set, String value) {
        if (value != null) {
            set.add(value);
        }
    }
}
