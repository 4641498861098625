package org.taplatform.coordination.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.jboss.logging.Logger;
import org.taplatform.coordination.coverage.model.ActivityFact;
import org.taplatform.coordination.coverage.model.OfferFact;
import org.taplatform.coordination.matching.model.Provider;
import org.taplatform.coordination.need.NeedReadModel;
import org.taplatform.coordination.overlap.model.ComparedActivity;
import org.taplatform.coordination.provider.ActivityReadModel;
import org.taplatform.coordination.provider.CapabilityReadModel;
import org.taplatform.coordination.provider.OrganisationReadModel;
import org.taplatform.coordination.provider.PledgeReadModel;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;

/**
 * Keeps {@link ReadModelIndex} in step with the read-model tables: loads it at start (and after a rebuild replaced
 * the tables), and refreshes an entry from its row in the transaction that changed the row, so that the reactions in
 * that transaction see the change. Should the transaction roll back, the entries it refreshed are read again from
 * the database once it has: the index runs ahead of the committed state by at most the transactions in flight.
 */
@ApplicationScoped
public class IndexMaintenance {

    private static final Logger LOG = Logger.getLogger(IndexMaintenance.class);
    private static final int PAGE = 5_000;
    /** The announcement that every replica reads its index whole again (a rebuild replaced the tables). */
    static final String RELOAD = "reload";
    /** This replica, in its announcements: its follower leaves them alone (it applied them as it made them). */
    static final String INSTANCE = UUID.randomUUID().toString();
    /**
     * Writes to the index from outside this replica's transactions (another replica's changes the follower applies, a
     * reload), counted when they begin (before they read the database) and when they have ended (after their last
     * entry is in the index). Such a write may replace an entry a transaction of this replica had run ahead with by
     * the older committed row: a transaction during which one began, or which one had begun before and not ended,
     * reads its entries again once it has committed. One that saw none needs no re-read.
     */
    private final java.util.concurrent.atomic.AtomicLong outsideWritesBegun = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong outsideWritesEnded = new java.util.concurrent.atomic.AtomicLong();

    private final ReadModelIndex index;
    private final TransactionSynchronizationRegistry transactions;
    private final jakarta.enterprise.inject.Instance<IndexFollower> follower;
    private final ActivitySettings activitySettings;
    private final CountDownLatch loaded = new CountDownLatch(1);
    /** Entries a transaction could not read again after it completed: the follower reads them (or a reload does). */
    private final PendingEntries pending = new PendingEntries();

    IndexMaintenance(ReadModelIndex index, TransactionSynchronizationRegistry transactions,
            jakarta.enterprise.inject.Instance<IndexFollower> follower, ActivitySettings activitySettings) {
        this.index = index;
        this.transactions = transactions;
        this.follower = follower;
        this.activitySettings = activitySettings;
    }

    void onStart(@Observes StartupEvent start) {
        // listen first, then read: whatever commits after the reading began is heard
        follower.get().start();
        reload();
    }

    /** Whether the index has been loaded (readiness). */
    public boolean isLoaded() {
        return loaded.getCount() == 0;
    }

    /**
     * Reads every read model into the index again, in the caller's transaction if there is one: at the start, after a
     * rebuild's replacement, and when the follower listens again after a lost connection, while live events may be
     * applied. It is a write from outside this replica's transactions: every transaction open across it reads its
     * entries again once it has committed (FaultToleranceIT found needs missing from a replica's index when a
     * transaction committed while a reload read the tables, after PostgreSQL came back).
     */
    public void reload() {
        outsideWritesBegun.incrementAndGet();
        try {
            EntriesToRead covered = pending.drain(); // their transactions have completed: the reading below covers them
            try {
                reloadIndex();
            } catch (RuntimeException e) {
                pending.add(covered);
                throw e;
            }
        } finally {
            outsideWritesEnded.incrementAndGet();
        }
    }

    /**
     * Applies changes that other replicas committed ({@link IndexFollower}): the entries are read and written while
     * no transaction of this replica can write to the index, so that a transaction's re-read after its commit, which
     * waits for them, is the last word.
     */
    void applyOutsideChanges(Runnable reads) {
        outsideWritesBegun.incrementAndGet();
        try {
            index.exclusively(() -> QuarkusTransaction.requiringNew().run(reads));
        } finally {
            outsideWritesEnded.incrementAndGet();
        }
    }

    private void reloadIndex() {
        // exclusively: no transaction's write lands between the reading and the swap, to be wiped by it
        index.exclusively(() -> {
            long started = System.nanoTime();
            // read everything first, then swap: readers see the old index until the short in-memory refill
            List<IndexedNeed> needs = new ArrayList<>();
            List<IndexedOrganisation> organisations = new ArrayList<>();
            List<IndexedActivity> activities = new ArrayList<>();
            List<IndexedPledge> pledges = new ArrayList<>();
            Map<UUID, List<OfferFact>> offers = QuarkusTransaction.joiningExisting().call(() -> {
                forEachPage(NeedReadModel.class, "id", need -> needs.add(indexed((NeedReadModel) need)));
                Map<String, List<CapabilityReadModel>> capabilities = new HashMap<>();
                CapabilityReadModel.<CapabilityReadModel>listAll()
                        .forEach(c -> capabilities.computeIfAbsent(c.organisation, o -> new ArrayList<>()).add(c));
                OrganisationReadModel.<OrganisationReadModel>list("mergedInto is null").forEach(o -> organisations
                        .add(indexed(o, capabilities.getOrDefault(o.identifier, List.of()))));
                forEachPage(ActivityReadModel.class, "id", a -> activities.add(indexed((ActivityReadModel) a)));
                PledgeReadModel.<PledgeReadModel>listAll().forEach(p -> pledges.add(indexed(p)));
                return acceptedOffers(null);
            });
            index.clear();
            needs.forEach(index::put);
            organisations.forEach(index::put);
            activities.forEach(index::put);
            pledges.forEach(index::put);
            offers.forEach(index::putAcceptedOffers);
            loaded.countDown();
            LOG.infof("read-model index loaded: %d needs, %d organisations, %d activities in %d ms", index.needCount(),
                    index.organisationCount(), index.activityCount(), (System.nanoTime() - started) / 1_000_000);
        });
    }

    private static void forEachPage(Class<?> entity, String key, java.util.function.Consumer<Object> action) {
        var query = Panache.getEntityManager().createQuery("from " + entity.getSimpleName() + " order by " + key);
        for (int page = 0;; page++) {
            @SuppressWarnings("unchecked")
            List<Object> rows = query.setFirstResult(page * PAGE).setMaxResults(PAGE).getResultList();
            rows.forEach(action);
            Panache.getEntityManager().clear(); // a page at a time in memory, not the whole table as entities
            if (rows.size() < PAGE) {
                return;
            }
        }
    }

    // ---- refreshes, in the transaction that changed the rows

    @Transactional(TxType.MANDATORY)
    public void refreshNeed(UUID id) {
        announce("need:" + id);
        toReadAgain().needs.add(id);
        loadNeed(id);
    }

    @Transactional(TxType.MANDATORY)
    public void refreshActivity(UUID id) {
        announce("activity:" + id);
        toReadAgain().activities.add(id);
        loadActivity(id);
    }

    /** The organisation and its capabilities. */
    @Transactional(TxType.MANDATORY)
    public void refreshOrganisation(String identifier) {
        announce("organisation:" + identifier);
        toReadAgain().organisations.add(identifier);
        loadOrganisation(identifier);
    }

    @Transactional(TxType.MANDATORY)
    public void refreshPledge(UUID id) {
        announce("pledge:" + id);
        toReadAgain().pledges.add(id);
        loadPledge(id);
    }

    /** The accepted offers for these needs (a request's offer was accepted). */
    @Transactional(TxType.MANDATORY)
    public void refreshAcceptedOffers(Collection<UUID> needIds) {
        needIds.forEach(need -> announce("offers:" + need));
        toReadAgain().offers.addAll(needIds);
        loadAcceptedOffers(needIds);
    }

    /** A need's coverage, written by this transaction: the entry already says it; the other replicas read it. */
    @Transactional(TxType.MANDATORY)
    public void coverageWritten(UUID id, String level, String status, List<String> evidence) {
        announce("need:" + id);
        toReadAgain().needs.add(id);
        index.coverageWritten(id, level, status, evidence);
    }

    /** Every replica reads its index whole again once this transaction commits (a rebuild replaced the tables). */
    @Transactional(TxType.MANDATORY)
    public void announceReload() {
        announce(RELOAD);
    }

    /**
     * Tells every replica's {@link IndexFollower} that this entry changed, once this transaction commits (PostgreSQL
     * keeps one of each identical announcement of a transaction, and drops them all if it rolls back).
     */
    private static void announce(String change) {
        // no flush first: PostgreSQL delivers the notification at commit, whatever the session holds by then, and
        // Hibernate flushes the whole session before a native query it cannot see into (JFR: 13 % of the service's
        // CPU under the end-to-end benchmark, the session dirty-checked once more for every change announced)
        Panache.getEntityManager().createNativeQuery("select pg_notify(?1, ?2)")
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT)
                .setParameter(1, IndexFollower.CHANNEL).setParameter(2, INSTANCE + "|" + change).getSingleResult();
    }

    // ---- entries read from their rows, in the caller's transaction (a refresh, another replica's change, a repair)

    void loadNeed(UUID id) {
        awaitLoaded();
        NeedReadModel need = NeedReadModel.findById(id);
        if (need == null) {
            index.removeNeed(id);
        } else {
            index.put(indexed(need));
        }
    }

    void loadActivity(UUID id) {
        awaitLoaded();
        ActivityReadModel activity = ActivityReadModel.findById(id);
        if (activity == null) {
            index.removeActivity(id);
        } else {
            index.put(indexed(activity));
        }
    }

    void loadOrganisation(String identifier) {
        awaitLoaded();
        OrganisationReadModel organisation = OrganisationReadModel.findById(identifier);
        if (organisation == null || organisation.mergedInto != null) {
            index.removeOrganisation(identifier); // a merged duplicate is matched as the organisation it duplicates
        } else {
            index.put(indexed(organisation, CapabilityReadModel.list("organisation", identifier)));
        }
    }

    void loadPledge(UUID id) {
        awaitLoaded();
        PledgeReadModel pledge = PledgeReadModel.findById(id);
        if (pledge == null) {
            index.removePledge(id);
        } else {
            index.put(indexed(pledge));
        }
    }

    void loadAcceptedOffers(Collection<UUID> needIds) {
        awaitLoaded();
        Panache.getEntityManager().flush(); // the offer just accepted, before the query reads it
        Map<UUID, List<OfferFact>> offers = acceptedOffers(needIds);
        for (UUID need : needIds) {
            index.putAcceptedOffers(need, offers.getOrDefault(need, List.of()));
        }
    }

    private void awaitLoaded() {
        try {
            if (!loaded.await(5, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the read-model index is still loading");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the read-model index loads", e);
        }
    }

    // ---- after a transaction: its entries read again when it rolled back or may have been overwritten meanwhile

    /**
     * The keys this transaction refreshed, read again from the database if it rolls back; and if it commits while a
     * write from outside this replica's transactions was or had been under way (it may have replaced an entry this
     * transaction had run ahead with by the older committed row), read again once it has committed.
     */
    private EntriesToRead toReadAgain() {
        EntriesToRead refreshed = (EntriesToRead) transactions.getResource(EntriesToRead.class);
        if (refreshed == null) {
            EntriesToRead registered = new EntriesToRead(outsideWritesEnded.get());
            transactions.putResource(EntriesToRead.class, registered);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status != Status.STATUS_COMMITTED
                            || outsideWritesBegun.get() > registered.outsideWritesEndedAtStart) {
                        readAgain(registered);
                    }
                }
            });
            refreshed = registered;
        }
        return refreshed;
    }

    /**
     * Reads the entries again now, in a transaction of their own; should the database not answer (it has just come
     * back and every replica's consumers are catching up), they wait in {@link #pending} for the follower to read
     * them again, rather than leave the index without a committed need until the next reload.
     */
    private void readAgain(EntriesToRead entries) {
        try {
            QuarkusTransaction.requiringNew().run(() -> load(entries));
        } catch (RuntimeException e) {
            pending.add(entries);
            LOG.warnf("could not read %d read-model index entries again after a transaction (%s); the follower will",
                    entries.size(), e.getMessage());
        }
    }

    /** The entries left to read again after a failed attempt (the follower's round, every second at most). */
    void readPendingAgain() {
        EntriesToRead entries = pending.drain();
        if (entries.isEmpty()) {
            return;
        }
        try {
            applyOutsideChanges(() -> load(entries));
            LOG.infof("read %d read-model index entries again", entries.size());
        } catch (RuntimeException e) {
            pending.add(entries);
            throw e;
        }
    }

    /** Whether entries wait to be read again (a test's view). */
    boolean hasPendingEntries() {
        return !pending.isEmpty();
    }

    private void load(EntriesToRead entries) {
        entries.needs.forEach(this::loadNeed);
        entries.activities.forEach(this::loadActivity);
        entries.organisations.forEach(this::loadOrganisation);
        entries.pledges.forEach(this::loadPledge);
        if (!entries.offers.isEmpty()) {
            loadAcceptedOffers(List.copyOf(entries.offers));
        }
    }

    /** Index entries by kind and key: those a transaction refreshed, or those waiting to be read again. */
    private static final class EntriesToRead {
        final long outsideWritesEndedAtStart;
        final Set<UUID> needs = new HashSet<>();
        final Set<UUID> activities = new HashSet<>();
        final Set<String> organisations = new HashSet<>();
        final Set<UUID> pledges = new HashSet<>();
        final Set<UUID> offers = new HashSet<>();

        EntriesToRead(long outsideWritesEndedAtStart) {
            this.outsideWritesEndedAtStart = outsideWritesEndedAtStart;
        }

        int size() {
            return needs.size() + activities.size() + organisations.size() + pledges.size() + offers.size();
        }

        boolean isEmpty() {
            return size() == 0;
        }
    }

    /** The entries that could not be read again yet, shared by every thread. */
    private static final class PendingEntries {
        private EntriesToRead entries = new EntriesToRead(0);

        synchronized void add(EntriesToRead more) {
            entries.needs.addAll(more.needs);
            entries.activities.addAll(more.activities);
            entries.organisations.addAll(more.organisations);
            entries.pledges.addAll(more.pledges);
            entries.offers.addAll(more.offers);
        }

        synchronized EntriesToRead drain() {
            EntriesToRead drained = entries;
            entries = new EntriesToRead(0);
            return drained;
        }

        synchronized boolean isEmpty() {
            return entries.isEmpty();
        }
    }

    // ---- entries from rows

    /** Accepted offers by need: of these needs, or of all when null. */
    @SuppressWarnings("unchecked")
    private static Map<UUID, List<OfferFact>> acceptedOffers(Collection<UUID> needIds) {
        String sql = "select r.need_ids, o.organisation, o.title from ta_offer o join ta_request r on r.id = o.request_id"
                + " where o.status = 'ACCEPTED'" + (needIds == null ? "" : " and r.need_ids && cast(?1 as uuid[])")
                + " order by o.submitted_at";
        var query = Panache.getEntityManager().createNativeQuery(sql);
        if (needIds != null) {
            query.setParameter(1, "{" + String.join(",", needIds.stream().map(UUID::toString).toList()) + "}");
        }
        Map<UUID, List<OfferFact>> offers = new HashMap<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            for (UUID need : (UUID[]) row[0]) {
                if (needIds == null || needIds.contains(need)) {
                    offers.computeIfAbsent(need, n -> new ArrayList<>()).add(new OfferFact((String) row[1],
                            (String) row[2]));
                }
            }
        }
        return offers;
    }

    static IndexedNeed indexed(NeedReadModel need) {
        return new IndexedNeed(need.id, code(need.country), code(need.instrument), code(need.taType),
                code(need.taSubtype), need.priority, need.consent, need.status, need.coverageLevel,
                need.coverageStatus, List.copyOf(need.coverageEvidence == null ? List.of() : need.coverageEvidence),
                NeedsToMatch.of(need.id, need.country, need.instrument, need.taType, need.taSubtype));
    }

    static IndexedOrganisation indexed(OrganisationReadModel organisation, List<CapabilityReadModel> capabilities) {
        return new IndexedOrganisation(organisation.identifier,
                organisation.names.getOrDefault("en", organisation.identifier), codes(organisation.countries),
                codes(organisation.regions), codes(organisation.languages),
                capabilities.stream().map(c -> new Provider.Capability(code(c.taSubtype),
                        code(c.taSubtype.substring(0, c.taSubtype.indexOf('.'))), codes(c.instruments),
                        codes(c.countries), codes(c.regions), codes(c.languages),
                        Arrays.asList(c.deliveryModes).contains("ONLINE"))).toList());
    }

    /** The activity's entry as of today, by the configured grace for updates ({@link ActivitySettings}). */
    public IndexedActivity indexed(ActivityReadModel activity) {
        return indexed(activity, activitySettings.overdueBefore());
    }

    /** The activity's entry: overdue for an update when it is still under way and ended before {@code overdueBefore}. */
    public static IndexedActivity indexed(ActivityReadModel activity, java.time.LocalDate overdueBefore) {
        Set<String> countries = codes(activity.recipientCountries);
        Set<String> subtypes = codes(activity.taSubtypes);
        var start = activity.actualStart != null ? activity.actualStart : activity.plannedStart;
        var end = activity.actualEnd != null ? activity.actualEnd : activity.plannedEnd;
        Set<String> involved = new HashSet<>(Arrays.asList(activity.participants));
        involved.add(activity.reportingOrganisation);
        ActivityFact fact = new ActivityFact(activity.iatiIdentifier, Set.copyOf(Arrays.asList(activity.needIds)),
                subtypes, countries, activity.status, start, end, ActivityFact.isOverdue(activity.status, end,
                        overdueBefore));
        Set<ComparedActivity.Participant> participants = new HashSet<>();
        for (String participation : activity.participations) {
            int colon = participation.indexOf(':');
            participants.add(new ComparedActivity.Participant(code(participation.substring(colon + 1)),
                    code(participation.substring(0, colon))));
        }
        ComparedActivity compared = ComparedActivity.of(activity.iatiIdentifier, activity.reportingOrganisation,
                countries, subtypes, codes(activity.beneficiaryGroups), start, end, termsOf(activity.terms,
                        () -> TextTerms.of(activity.titles, activity.descriptions).texts()))
                .withTitleTerms(termsOf(activity.titleTerms, () -> TextTerms.of(activity.titles, Map.of()).titles()))
                .withParticipants(participants)
                .withLinks(Set.of(activity.linkedActivities))
                .withBudget(activity.budgetAmount == null ? null : new ComparedActivity.Budget(
                        activity.budgetAmount.doubleValue(), activity.budgetCurrency));
        return IndexedActivity.of(activity.id, activity.iatiIdentifier, activity.reportingOrganisation,
                Set.copyOf(involved), activity.status, !activity.withdrawn && activity.duplicateOf == null, fact,
                compared);
    }

    static IndexedPledge indexed(PledgeReadModel pledge) {
        return new IndexedPledge(pledge.id, pledge.donor, code(pledge.country), pledge.needId, code(pledge.taSubtype),
                pledge.amount, pledge.currency, pledge.status);
    }

    /** The stored terms, one copy of each word across all activities; analysed now only for an old row without. */
    private static Map<String, Set<String>> termsOf(Map<String, List<String>> stored,
            java.util.function.Supplier<Map<String, Set<String>>> analysed) {
        if (stored == null) {
            return analysed.get();
        }
        Map<String, Set<String>> terms = new HashMap<>();
        stored.forEach((language, list) -> terms.put(code(language),
                Set.copyOf(list.stream().map(IndexMaintenance::code).toList())));
        return Map.copyOf(terms);
    }

    /** Codes and terms repeat across thousands of rows: one shared copy of each keeps the index small. */
    private static String code(String value) {
        return value == null ? null : value.intern();
    }

    private static Set<String> codes(String[] values) {
        return Set.copyOf(Arrays.stream(values).map(IndexMaintenance::code).toList());
    }
}
