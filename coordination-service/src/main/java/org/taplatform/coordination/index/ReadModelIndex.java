package org.taplatform.coordination.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.taplatform.coordination.coverage.model.OfferFact;
import org.taplatform.coordination.matching.model.Provider;
import org.taplatform.coordination.overlap.model.ComparedActivity;
import org.taplatform.coordination.overlap.model.TermStatistics;

/**
 * The read models in memory, with the lookups matching, coverage and overlap detection make: needs by country and
 * subtype, organisations by subtype and type, activities by need, by country and subtype, by country and beneficiary
 * group and by organisation, pledges by need and donor. The database stays the record; this is a cache of it kept in
 * step by {@link IndexMaintenance}, so that one event's reactions and a full recompute run without queries.
 *
 * <p>
 * Writers are serialised (one change at a time, each entry replaced whole: the entries are immutable); readers take
 * no lock and may see one change half-indexed, as a read-committed query may see a change half-committed across
 * tables.
 */
@ApplicationScoped
public class ReadModelIndex {

    private final Map<UUID, IndexedNeed> needs = new ConcurrentHashMap<>();
    private final Map<String, Set<UUID>> needsByCountryAndSubtype = new ConcurrentHashMap<>();
    private final Map<String, Set<UUID>> needsByType = new ConcurrentHashMap<>();

    private final Map<String, IndexedOrganisation> organisations = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> organisationsBySubtype = new ConcurrentHashMap<>();
    /** By subtype and a language a capability of it is delivered in (its own, or else the organisation's). */
    private final Map<String, Set<String>> organisationsBySubtypeAndLanguage = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> organisationsByType = new ConcurrentHashMap<>();
    /** By the countries the organisation or one of its capabilities names. */
    private final Map<String, Set<String>> organisationsByCountry = new ConcurrentHashMap<>();
    /** Organisations as matching sees them, built when first asked for and dropped when any part of them changes. */
    private final Map<String, Provider> providers = new ConcurrentHashMap<>();

    private final Map<UUID, IndexedActivity> activities = new ConcurrentHashMap<>();
    /** How many activities use each analysed term: what weighs rare words above template words in overlaps. */
    private final TermStatistics termStatistics = new TermStatistics();
    private final Map<UUID, Set<UUID>> activitiesByNeed = new ConcurrentHashMap<>();
    /** The activities themselves, not their ids: overlap detection walks these buckets for every pair it compares. */
    /** As arrays, replaced whole on a change (copy on write): a recompute walks them millions of times. */
    private final Map<String, IndexedActivity[]> activitiesByCountryAndSubtype = new ConcurrentHashMap<>();
    private final Map<String, IndexedActivity[]> activitiesByCountryAndBeneficiary = new ConcurrentHashMap<>();
    private final Map<String, Set<UUID>> activitiesByOrganisation = new ConcurrentHashMap<>();

    private final Map<UUID, IndexedPledge> pledges = new ConcurrentHashMap<>();
    private final Map<UUID, Set<UUID>> pledgesByNeed = new ConcurrentHashMap<>();
    private final Map<String, Set<UUID>> pledgesByDonor = new ConcurrentHashMap<>();

    private final Map<UUID, List<OfferFact>> acceptedOffers = new ConcurrentHashMap<>();

    // ---- changes (each holds this index's monitor: one writer at a time, readers never wait)

    /**
     * Runs the action while no other write to the index can run: every write holds this bean's monitor. (Callers
     * hold a client proxy, so {@code synchronized (index)} there would lock the proxy, not this.)
     */
    public synchronized void exclusively(Runnable action) {
        action.run();
    }

    public synchronized void clear() {
        needs.clear();
        needsByCountryAndSubtype.clear();
        needsByType.clear();
        organisations.clear();
        organisationsBySubtype.clear();
        organisationsBySubtypeAndLanguage.clear();
        organisationsByType.clear();
        organisationsByCountry.clear();
        providers.clear();
        activities.clear();
        termStatistics.clear();
        activitiesByNeed.clear();
        activitiesByCountryAndSubtype.clear();
        activitiesByCountryAndBeneficiary.clear();
        activitiesByOrganisation.clear();
        pledges.clear();
        pledgesByNeed.clear();
        pledgesByDonor.clear();
        acceptedOffers.clear();
    }

    public synchronized void put(IndexedNeed need) {
        removeNeed(need.id());
        needs.put(need.id(), need);
        add(needsByCountryAndSubtype, key(need.country(), need.taSubtype()), need.id());
        add(needsByType, need.taType(), need.id());
    }

    public synchronized void removeNeed(UUID id) {
        IndexedNeed old = needs.remove(id);
        if (old != null) {
            remove(needsByCountryAndSubtype, key(old.country(), old.taSubtype()), id);
            remove(needsByType, old.taType(), id);
        }
    }

    /** The coverage just written for a need (a no-op for a need not indexed). */
    public synchronized void coverageWritten(UUID id, String level, String status, List<String> evidence) {
        needs.computeIfPresent(id, (key, need) -> need.withCoverage(level, status, evidence));
    }

    public synchronized void put(IndexedOrganisation organisation) {
        removeOrganisation(organisation.identifier());
        organisations.put(organisation.identifier(), organisation);
        for (Provider.Capability capability : organisation.capabilities()) {
            add(organisationsBySubtype, capability.taSubtype(), organisation.identifier());
            for (String language : languagesOf(organisation, capability)) {
                add(organisationsBySubtypeAndLanguage, key(capability.taSubtype(), language), organisation.identifier());
            }
            add(organisationsByType, capability.taType(), organisation.identifier());
        }
        for (String country : countriesOf(organisation)) {
            add(organisationsByCountry, country, organisation.identifier());
        }
    }

    /** As matching reads them: the capability's languages, or else the organisation's. */
    private static Set<String> languagesOf(IndexedOrganisation organisation, Provider.Capability capability) {
        return capability.languages().isEmpty() ? organisation.languages() : capability.languages();
    }

    private static Set<String> countriesOf(IndexedOrganisation organisation) {
        Set<String> countries = new java.util.HashSet<>(organisation.countries());
        organisation.capabilities().forEach(c -> countries.addAll(c.countries()));
        return countries;
    }

    public synchronized void removeOrganisation(String identifier) {
        IndexedOrganisation old = organisations.remove(identifier);
        if (old != null) {
            for (Provider.Capability capability : old.capabilities()) {
                remove(organisationsBySubtype, capability.taSubtype(), identifier);
                for (String language : languagesOf(old, capability)) {
                    remove(organisationsBySubtypeAndLanguage, key(capability.taSubtype(), language), identifier);
                }
                remove(organisationsByType, capability.taType(), identifier);
            }
            for (String country : countriesOf(old)) {
                remove(organisationsByCountry, country, identifier);
            }
        }
        providers.remove(identifier);
    }

    public synchronized void put(IndexedActivity activity) {
        removeActivity(activity.id());
        activities.put(activity.id(), activity);
        if (activity.counts()) {
            activity.compared().termsByLanguage().values().forEach(termStatistics::add);
        }
        for (UUID need : activity.fact().needIds()) {
            add(activitiesByNeed, need, activity.id());
        }
        for (String country : activity.fact().countries()) {
            for (String subtype : activity.fact().taSubtypes()) {
                activitiesByCountryAndSubtype.merge(key(country, subtype), new IndexedActivity[] { activity },
                        ReadModelIndex::joined);
            }
            for (String group : activity.compared().beneficiaryGroups()) {
                activitiesByCountryAndBeneficiary.merge(key(country, group), new IndexedActivity[] { activity },
                        ReadModelIndex::joined);
            }
        }
        for (String organisation : activity.involved()) {
            add(activitiesByOrganisation, organisation, activity.id());
            providers.remove(organisation);
        }
    }

    public synchronized void removeActivity(UUID id) {
        IndexedActivity old = activities.remove(id);
        if (old != null && old.counts()) {
            old.compared().termsByLanguage().values().forEach(termStatistics::remove);
        }
        if (old == null) {
            return;
        }
        for (UUID need : old.fact().needIds()) {
            remove(activitiesByNeed, need, id);
        }
        for (String country : old.fact().countries()) {
            for (String subtype : old.fact().taSubtypes()) {
                activitiesByCountryAndSubtype.computeIfPresent(key(country, subtype), (k, bucket) -> without(bucket, id));
            }
            for (String group : old.compared().beneficiaryGroups()) {
                activitiesByCountryAndBeneficiary.computeIfPresent(key(country, group), (k, bucket) -> without(bucket,
                        id));
            }
        }
        for (String organisation : old.involved()) {
            remove(activitiesByOrganisation, organisation, id);
            providers.remove(organisation);
        }
    }

    public synchronized void put(IndexedPledge pledge) {
        removePledge(pledge.id());
        pledges.put(pledge.id(), pledge);
        if (pledge.needId() != null) {
            add(pledgesByNeed, pledge.needId(), pledge.id());
        }
        add(pledgesByDonor, pledge.donor(), pledge.id());
        providers.remove(pledge.donor());
    }

    public synchronized void removePledge(UUID id) {
        IndexedPledge old = pledges.remove(id);
        if (old != null) {
            if (old.needId() != null) {
                remove(pledgesByNeed, old.needId(), id);
            }
            remove(pledgesByDonor, old.donor(), id);
            providers.remove(old.donor());
        }
    }

    public synchronized void putAcceptedOffers(UUID needId, List<OfferFact> offers) {
        if (offers.isEmpty()) {
            acceptedOffers.remove(needId);
        } else {
            acceptedOffers.put(needId, List.copyOf(offers));
        }
    }

    // ---- lookups

    public Optional<IndexedNeed> need(UUID id) {
        return Optional.ofNullable(needs.get(id));
    }

    public Collection<IndexedNeed> needs() {
        return needs.values();
    }

    public int needCount() {
        return needs.size();
    }

    /** The needs of a subtype in a country. */
    public List<IndexedNeed> needsIn(String country, String taSubtype) {
        return resolve(needsByCountryAndSubtype.get(key(country, taSubtype)), needs);
    }

    public List<IndexedNeed> needsOfType(String taType) {
        return resolve(needsByType.get(taType), needs);
    }

    public TermStatistics termStatistics() {
        return termStatistics;
    }

    public Optional<IndexedActivity> activity(UUID id) {
        return Optional.ofNullable(activities.get(id));
    }

    public int activityCount() {
        return activities.size();
    }

    /**
     * The activities that may bear on a need's coverage and count: those naming it, and those of its subtype in its
     * country.
     */
    public List<IndexedActivity> activitiesAround(IndexedNeed need) {
        List<IndexedActivity> found = new ArrayList<>();
        Set<UUID> naming = activitiesByNeed.getOrDefault(need.id(), Set.of());
        for (UUID id : naming) {
            IndexedActivity activity = activities.get(id);
            if (activity != null && activity.counts()) {
                found.add(activity);
            }
        }
        for (IndexedActivity activity : activitiesByCountryAndSubtype.getOrDefault(key(need.country(),
                need.taSubtype()), NONE)) {
            if (activity.counts() && !naming.contains(activity.id())) {
                found.add(activity);
            }
        }
        return found;
    }

    /**
     * The live activities (of any organisation: one may enter the same activity twice) that share a country with a
     * planned activity and a subtype or a beneficiary group: what overlap rules require of a pair before dates and
     * texts are compared (those sharing beneficiaries only may still be linked to it).
     */
    public List<IndexedActivity> overlapCandidates(Set<String> countries, Set<String> taSubtypes,
            Set<String> beneficiaryGroups) {
        List<IndexedActivity> found = new ArrayList<>();
        visit(countries, taSubtypes, beneficiaryGroups, Long.MIN_VALUE, Long.MAX_VALUE, true, found::add);
        return found;
    }

    /**
     * Visits the live activities (of any organisation) that share a country, a subtype and some days with the activity:
     * the only ones an alert may be raised with.
     */
    public void forEachOverlapCandidate(IndexedActivity activity, Consumer<IndexedActivity> action) {
        ComparedActivity compared = activity.compared();
        visit(compared.countries(), compared.taSubtypes(), compared.beneficiaryGroups(), activity.startDay(),
                activity.endDay(), false,
                other -> {
                    if (!other.id().equals(activity.id())) {
                        action.accept(other);
                    }
                });
    }

    /**
     * Each candidate once, without collecting them: it is visited in the bucket of the first of the given countries
     * it shares and the first of the given subtypes it shares (or, sharing none, the first beneficiary group), and
     * skipped in the others.
     */
    private void visit(Set<String> countries, Set<String> taSubtypes, Set<String> beneficiaryGroups, long startDay,
            long endDay, boolean sharingBeneficiariesOnly, Consumer<IndexedActivity> action) {
        String[] inCountries = countries.toArray(String[]::new);
        String[] ofSubtypes = taSubtypes.toArray(String[]::new);
        String[] forGroups = beneficiaryGroups.toArray(String[]::new);
        for (int c = 0; c < inCountries.length; c++) {
            for (int s = 0; s < ofSubtypes.length; s++) {
                for (IndexedActivity other : activitiesByCountryAndSubtype.getOrDefault(key(inCountries[c],
                        ofSubtypes[s]), NONE)) {
                    if (other.isLive() && other.startDay() <= endDay && startDay <= other.endDay()
                            && (c == 0 || firstShared(inCountries, other.fact().countries()) == c)
                            && (s == 0 || firstShared(ofSubtypes, other.fact().taSubtypes()) == s)) {
                        action.accept(other);
                    }
                }
            }
            for (int g = 0; sharingBeneficiariesOnly && g < forGroups.length; g++) {
                for (IndexedActivity other : activitiesByCountryAndBeneficiary.getOrDefault(key(inCountries[c],
                        forGroups[g]), NONE)) {
                    if (other.isLive() && other.startDay() <= endDay && startDay <= other.endDay()
                            && (c == 0 || firstShared(inCountries, other.fact().countries()) == c)
                            && firstShared(ofSubtypes, other.fact().taSubtypes()) < 0
                            && (g == 0 || firstShared(forGroups, other.compared().beneficiaryGroups()) == g)) {
                        action.accept(other);
                    }
                }
            }
        }
    }

    /**
     * Calls the action once for every pair of live activities (of any organisations) that share a country, some
     * days, and a subtype (every pair overlap rules may flag), the one first in alert order
     * first; the buckets in parallel, so the action must be thread-safe. A full recompute: each bucket's pairs are
     * walked among themselves, tens of activities kept in the processor's cache, instead of each activity looking up
     * its candidates. A pair sharing several countries, subtypes or groups is visited in the bucket of the smallest
     * shared country and subtype, or, sharing no subtype, of the smallest shared country and group.
     */
    public void forEachOverlapCandidatePair(BiConsumer<IndexedActivity, IndexedActivity> action) {
        List<Runnable> walks = new ArrayList<>();
        // only pairs sharing a subtype can be alerted (OverlapRules): the beneficiary buckets are not walked
        activitiesByCountryAndSubtype.forEach((key, bucket) -> walks.add(() -> walkPairs(key, bucket, true, action)));
        walks.parallelStream().forEach(Runnable::run);
    }

    private static void walkPairs(String key, IndexedActivity[] bucket, boolean bySubtype,
            BiConsumer<IndexedActivity, IndexedActivity> action) {
        int bar = key.indexOf('|');
        String country = key.substring(0, bar);
        String code = key.substring(bar + 1);
        for (int i = 0; i < bucket.length; i++) {
            IndexedActivity a = bucket[i];
            if (!a.isLive()) {
                continue;
            }
            for (int j = i + 1; j < bucket.length; j++) {
                IndexedActivity b = bucket[j];
                if (b.isLive() && a.startDay() <= b.endDay() && b.startDay() <= a.endDay()
                        && visitedHere(a, b, country, code, bySubtype)) {
                    if (a.comesBefore(b)) {
                        action.accept(a, b);
                    } else {
                        action.accept(b, a);
                    }
                }
            }
        }
    }

    /** Whether this bucket is the one the pair is visited in (see {@link #forEachOverlapCandidatePair}). */
    private static boolean visitedHere(IndexedActivity a, IndexedActivity b, String country, String code,
            boolean bySubtype) {
        if (a.singlePlace() && b.singlePlace() && a.singleSubtype() != null && b.singleSubtype() != null) {
            // what most pairs are: they share this bucket's country and subtype or group, and nothing else
            return bySubtype || !a.singleSubtype().equals(b.singleSubtype());
        }
        if (!isSmallestShared(a.fact().countries(), b.fact().countries(), country)) {
            return false;
        }
        if (bySubtype) {
            return isSmallestShared(a.fact().taSubtypes(), b.fact().taSubtypes(), code);
        }
        return !shareAny(a.fact().taSubtypes(), b.fact().taSubtypes())
                && isSmallestShared(a.compared().beneficiaryGroups(), b.compared().beneficiaryGroups(), code);
    }

    /** Whether the value, which both sets hold, is the smallest they share (at once when either holds only it). */
    private static boolean isSmallestShared(Set<String> a, Set<String> b, String value) {
        if (a.size() == 1 || b.size() == 1) {
            return true;
        }
        for (String shared : a) {
            if (shared.compareTo(value) < 0 && b.contains(shared)) {
                return false;
            }
        }
        return true;
    }

    private static boolean shareAny(Set<String> a, Set<String> b) {
        for (String value : a) {
            if (b.contains(value)) {
                return true;
            }
        }
        return false;
    }

    private static int firstShared(String[] values, Set<String> others) {
        for (int i = 0; i < values.length; i++) {
            if (others.contains(values[i])) {
                return i;
            }
        }
        return -1;
    }

    public int organisationCount() {
        return organisations.size();
    }

    /** Organisations with a capability of the subtype, as matching sees them. */
    public List<Provider> providersOfSubtype(String taSubtype) {
        return providers(organisationsBySubtype.getOrDefault(taSubtype, Set.of()));
    }

    /** Organisations with a capability of the subtype delivered in one of the languages. */
    public List<Provider> providersOfSubtypeSpeaking(String taSubtype, Set<String> languages) {
        Set<String> speaking = new java.util.LinkedHashSet<>();
        for (String language : languages) {
            speaking.addAll(organisationsBySubtypeAndLanguage.getOrDefault(key(taSubtype, language), Set.of()));
        }
        return providers(speaking);
    }

    /**
     * Organisations with a capability of the subtype that work in the country, or took part in a counting activity
     * of the subtype there, or pledged anything: at least all those matching calls near the need
     * ({@link org.taplatform.coordination.matching.model.Matcher#isNear}), found from the country's organisations,
     * the country and subtype's activities and the donors, not from the hundreds of the subtype.
     */
    public List<Provider> providersOfSubtypeNear(String taSubtype, String country) {
        Set<String> ofSubtype = organisationsBySubtype.getOrDefault(taSubtype, Set.of());
        Set<String> near = new java.util.LinkedHashSet<>();
        for (String identifier : organisationsByCountry.getOrDefault(country, Set.of())) {
            if (ofSubtype.contains(identifier)) {
                near.add(identifier);
            }
        }
        for (IndexedActivity activity : activitiesByCountryAndSubtype.getOrDefault(key(country, taSubtype), NONE)) {
            if (activity.counts()) {
                for (String identifier : activity.involved()) {
                    if (ofSubtype.contains(identifier)) {
                        near.add(identifier);
                    }
                }
            }
        }
        pledgesByDonor.forEach((donor, pledged) -> {
            if (!pledged.isEmpty() && ofSubtype.contains(donor)) {
                near.add(donor);
            }
        });
        return providers(near);
    }

    /** Organisations with a capability of the type but none of the subtype, wherever they work. */
    public List<Provider> providersOfTypeOnly(String taType, String taSubtype) {
        Set<String> ofSubtype = organisationsBySubtype.getOrDefault(taSubtype, Set.of());
        List<Provider> found = new ArrayList<>();
        for (String identifier : organisationsByType.getOrDefault(taType, Set.of())) {
            if (!ofSubtype.contains(identifier)) {
                provider(identifier).ifPresent(found::add);
            }
        }
        return found;
    }

    /** Organisations with a capability of the type but none of the subtype, working in the country. */
    public List<Provider> providersOfTypeOnlyIn(String taType, String taSubtype, String country) {
        Set<String> ofSubtype = organisationsBySubtype.getOrDefault(taSubtype, Set.of());
        Set<String> ofType = organisationsByType.getOrDefault(taType, Set.of());
        List<Provider> found = new ArrayList<>();
        for (String identifier : organisationsByCountry.getOrDefault(country, Set.of())) {
            if (ofType.contains(identifier) && !ofSubtype.contains(identifier)) {
                provider(identifier).ifPresent(found::add);
            }
        }
        return found;
    }

    private List<Provider> providers(Collection<String> identifiers) {
        List<Provider> found = new ArrayList<>(identifiers.size());
        for (String identifier : identifiers) {
            provider(identifier).ifPresent(found::add);
        }
        return found;
    }

    public Optional<Provider> provider(String identifier) {
        IndexedOrganisation organisation = organisations.get(identifier);
        if (organisation == null) {
            return Optional.empty();
        }
        return Optional.of(providers.computeIfAbsent(identifier, id -> build(organisation)));
    }

    private Provider build(IndexedOrganisation organisation) {
        List<Provider.PastActivity> past = new ArrayList<>();
        for (UUID id : activitiesByOrganisation.getOrDefault(organisation.identifier(), Set.of())) {
            IndexedActivity activity = activities.get(id);
            if (activity != null && activity.counts()) {
                // experience is what it implemented; what it only funded is funding; another role is neither
                boolean implemented = activity.implementedBy(organisation.identifier());
                if (implemented || activity.fundedOnlyBy(organisation.identifier())) {
                    past.add(new Provider.PastActivity(activity.iatiIdentifier(), activity.fact().taSubtypes(),
                            activity.fact().countries(), implemented));
                }
            }
        }
        List<Provider.Pledge> pledged = new ArrayList<>();
        for (UUID id : pledgesByDonor.getOrDefault(organisation.identifier(), Set.of())) {
            IndexedPledge pledge = pledges.get(id);
            if (pledge != null && !pledge.isCancelled()) {
                pledged.add(new Provider.Pledge(pledge.needId(), pledge.country(), pledge.taSubtype(), pledge.amount(),
                        pledge.currency()));
            }
        }
        return new Provider(organisation.identifier(), organisation.name(), organisation.countries(),
                organisation.areas(), organisation.languages(), organisation.capabilities(), past, List.copyOf(pledged));
    }

    public List<IndexedPledge> pledgesFor(UUID needId) {
        return resolve(pledgesByNeed.get(needId), pledges);
    }

    public List<OfferFact> acceptedOffers(UUID needId) {
        return acceptedOffers.getOrDefault(needId, List.of());
    }

    // ---- helpers

    private static String key(String a, String b) {
        return a + '|' + b;
    }

    private static final IndexedActivity[] NONE = {};

    private static IndexedActivity[] joined(IndexedActivity[] bucket, IndexedActivity[] added) {
        IndexedActivity[] copy = java.util.Arrays.copyOf(bucket, bucket.length + added.length);
        System.arraycopy(added, 0, copy, bucket.length, added.length);
        return copy;
    }

    /** The bucket without the activity, or null (no bucket) when it was the last. */
    private static IndexedActivity[] without(IndexedActivity[] bucket, UUID id) {
        IndexedActivity[] rest = java.util.Arrays.stream(bucket).filter(a -> !a.id().equals(id))
                .toArray(IndexedActivity[]::new);
        return rest.length == 0 ? null : rest;
    }

    private static <K, V> void add(Map<K, Set<V>> index, K key, V value) {
        index.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(value);
    }

    private static <K, V> void remove(Map<K, Set<V>> index, K key, V value) {
        Set<V> values = index.get(key);
        if (values != null) {
            values.remove(value);
        }
    }

    private static <K, V> List<V> resolve(Set<K> keys, Map<K, V> entries) {
        if (keys == null) {
            return List.of();
        }
        List<V> found = new ArrayList<>(keys.size());
        for (K key : keys) {
            V value = entries.get(key);
            if (value != null) {
                found.add(value);
            }
        }
        return found;
    }
}
