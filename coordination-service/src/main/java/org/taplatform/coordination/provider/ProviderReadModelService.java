package org.taplatform.coordination.provider;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.taplatform.events.inbox.IncomingEvent;
import org.taplatform.events.registry.ActivityRegistered;
import org.taplatform.events.registry.ActivitySnapshot;
import org.taplatform.events.registry.ActivityStatusChanged;
import org.taplatform.events.registry.ActivityUpdated;
import org.taplatform.events.registry.ActivityWithdrawn;
import org.taplatform.events.registry.CapabilityChanged;
import org.taplatform.events.registry.OrganisationRegistered;
import org.taplatform.events.registry.OrganisationUpdated;
import org.taplatform.events.registry.PledgeChanged;
import org.taplatform.events.registry.PledgeRecorded;

/**
 * Keeps the read models of the registry. Activity events come once per recipient country, on different partitions,
 * so the same change can arrive several times and in any order across countries: a change applies only when its
 * version is not older than the one held, which makes every copy after the first a no-op.
 */
@ApplicationScoped
public class ProviderReadModelService {

    @Transactional(TxType.MANDATORY)
    public void apply(OrganisationRegistered registered, IncomingEvent event) {
        organisation(registered.identifier(), registered.kind(), registered.names(), registered.countries(),
                registered.regions(), registered.languages(), registered.verification(), registered.mergedInto(),
                event);
    }

    @Transactional(TxType.MANDATORY)
    public void apply(OrganisationUpdated updated, IncomingEvent event) {
        organisation(updated.identifier(), updated.kind(), updated.names(), updated.countries(), updated.regions(),
                updated.languages(), updated.verification(), updated.mergedInto(), event);
    }

    /** The organisation's capabilities now: the whole list replaces the one held. */
    @Transactional(TxType.MANDATORY)
    public void apply(CapabilityChanged changed) {
        CapabilityReadModel.delete("organisation", changed.identifier());
        CapabilityReadModel.flush();
        for (CapabilityChanged.Capability capability : changed.capabilities()) {
            CapabilityReadModel copy = new CapabilityReadModel();
            copy.id = capability.capabilityId();
            copy.organisation = changed.identifier();
            copy.taSubtype = capability.taSubtype();
            copy.instruments = capability.instruments().toArray(String[]::new);
            copy.deliveryModes = capability.deliveryModes().toArray(String[]::new);
            copy.regions = capability.regions().toArray(String[]::new);
            copy.countries = capability.countries().toArray(String[]::new);
            copy.languages = capability.languages().toArray(String[]::new);
            copy.persist();
        }
    }

    @Transactional(TxType.MANDATORY)
    public void apply(ActivityRegistered registered) {
        activity(registered.activity(), 0);
    }

    @Transactional(TxType.MANDATORY)
    public void apply(ActivityUpdated updated) {
        activity(updated.activity(), updated.version());
    }

    @Transactional(TxType.MANDATORY)
    public void apply(ActivityStatusChanged changed) {
        ActivityReadModel activity = ActivityReadModel.findById(changed.activityId());
        if (activity != null) {
            activity.status = changed.status();
        }
    }

    @Transactional(TxType.MANDATORY)
    public void apply(ActivityWithdrawn withdrawn) {
        ActivityReadModel activity = ActivityReadModel.findById(withdrawn.activityId());
        if (activity != null) {
            activity.withdrawn = true;
        }
    }

    @Transactional(TxType.MANDATORY)
    public void apply(PledgeRecorded recorded) {
        pledge(recorded.pledgeId(), recorded.donor(), recorded.country(), recorded.needId(), recorded.taType(),
                recorded.taSubtype(), recorded.activityId(), recorded.amount(), recorded.currency(), recorded.status(), 0);
    }

    @Transactional(TxType.MANDATORY)
    public void apply(PledgeChanged changed) {
        pledge(changed.pledgeId(), changed.donor(), changed.country(), changed.needId(), changed.taType(),
                changed.taSubtype(), changed.activityId(), changed.amount(), changed.currency(), changed.status(),
                changed.version());
    }

    private static void organisation(String identifier, String kind, java.util.Map<String, String> names,
            List<String> countries, List<String> regions, List<String> languages, String verification,
            String mergedInto, IncomingEvent event) {
        OrganisationReadModel organisation = OrganisationReadModel.findById(identifier);
        boolean isNew = organisation == null;
        if (isNew) {
            organisation = new OrganisationReadModel();
            organisation.identifier = identifier;
        }
        organisation.kind = kind;
        organisation.names = new LinkedHashMap<>(names);
        organisation.countries = countries.toArray(String[]::new);
        organisation.regions = regions.toArray(String[]::new);
        organisation.languages = languages.toArray(String[]::new);
        organisation.verification = verification;
        organisation.mergedInto = mergedInto;
        organisation.lastEventId = event.id();
        if (isNew) {
            organisation.persist();
        }
    }

    private static void activity(ActivitySnapshot snapshot, int version) {
        ActivityReadModel activity = ActivityReadModel.findById(snapshot.activityId());
        boolean isNew = activity == null;
        if (!isNew && activity.version > version) {
            return; // an older copy, from another country's partition
        }
        if (isNew) {
            activity = new ActivityReadModel();
            activity.id = snapshot.activityId();
        }
        activity.iatiIdentifier = snapshot.iatiIdentifier();
        activity.reportingOrganisation = snapshot.reportingOrganisation();
        activity.participants = snapshot.participants().stream().map(ActivitySnapshot.Participant::identifier)
                .filter(java.util.Objects::nonNull).distinct().toArray(String[]::new);
        activity.status = snapshot.status();
        activity.plannedStart = snapshot.plannedStart();
        activity.plannedEnd = snapshot.plannedEnd();
        activity.actualStart = snapshot.actualStart();
        activity.actualEnd = snapshot.actualEnd();
        activity.recipientCountries = snapshot.recipientCountries().stream().map(ActivitySnapshot.Recipient::code)
                .toArray(String[]::new);
        activity.recipientRegions = snapshot.recipientRegions().stream().map(ActivitySnapshot.Recipient::code)
                .toArray(String[]::new);
        activity.taSubtypes = snapshot.taSubtypes().toArray(String[]::new);
        activity.instruments = snapshot.instruments().toArray(String[]::new);
        activity.beneficiaryGroups = snapshot.beneficiaryGroups().toArray(String[]::new);
        activity.needIds = snapshot.needIds().toArray(java.util.UUID[]::new);
        activity.titles = new LinkedHashMap<>(snapshot.titles());
        activity.descriptions = new LinkedHashMap<>(snapshot.descriptions());
        storeTerms(activity);
        activity.participations = snapshot.participants().stream().filter(p -> p.identifier() != null)
                .map(p -> p.role() + ":" + p.identifier()).distinct().sorted().toArray(String[]::new);
        activity.linkedActivities = java.util.stream.Stream.concat(
                snapshot.relatedActivities().stream().map(ActivitySnapshot.RelatedActivity::identifier),
                snapshot.providerActivities().stream()).distinct().sorted().toArray(String[]::new);
        activity.budgetAmount = snapshot.budget() == null ? null : snapshot.budget().amount();
        activity.budgetCurrency = snapshot.budget() == null ? null : snapshot.budget().currency();
        activity.funding = money(snapshot);
        activity.overdueAnnouncedAt = null; // changed by its organisation: overdue again only from now on
        activity.version = version;
        activity.withdrawn = false; // a change of a withdrawn activity is its return (a re-import)
        if (isNew) {
            activity.persist();
        }
    }

    /** Its transactions as funding sees them, and its countries' shares (a lone country without one: 100 %). */
    static org.taplatform.coordination.funding.model.ActivityMoney money(ActivitySnapshot snapshot) {
        java.util.Map<String, java.math.BigDecimal> shares = new java.util.TreeMap<>();
        snapshot.recipientCountries().forEach(country -> shares.put(country.code(), country.percentage() != null
                ? country.percentage() : java.math.BigDecimal.valueOf(100)));
        return org.taplatform.coordination.funding.model.ActivityMoney.of(snapshot.transactions().stream()
                .map(t -> new org.taplatform.coordination.funding.model.ActivityMoney.Flow(t.type(), t.value()
                        .amount(), t.value().currency())).toList(), shares);
    }

    /**
     * The activity's titles and descriptions analysed once, stored, so that overlap detection compares stored terms
     * (sorted, so that the JSON is stable).
     */
    public static void storeTerms(ActivityReadModel activity) {
        org.taplatform.coordination.index.TextTerms.Analysed analysed = org.taplatform.coordination.index.TextTerms
                .of(activity.titles, activity.descriptions);
        activity.terms = stored(analysed.texts());
        activity.titleTerms = stored(analysed.titles());
    }

    private static java.util.Map<String, java.util.List<String>> stored(
            java.util.Map<String, java.util.Set<String>> analysed) {
        java.util.Map<String, java.util.List<String>> terms = new java.util.TreeMap<>();
        analysed.forEach((language, set) -> terms.put(language, set.stream().sorted().toList()));
        return terms;
    }

    private static void pledge(java.util.UUID id, String donor, String country, java.util.UUID needId, String taType,
            String taSubtype, java.util.UUID activityId, java.math.BigDecimal amount, String currency, String status,
            int version) {
        PledgeReadModel pledge = PledgeReadModel.findById(id);
        boolean isNew = pledge == null;
        if (!isNew && pledge.version > version) {
            return;
        }
        if (isNew) {
            pledge = new PledgeReadModel();
            pledge.id = id;
        }
        pledge.donor = donor;
        pledge.country = country;
        pledge.needId = needId;
        pledge.taType = taType;
        pledge.taSubtype = taSubtype;
        pledge.activityId = activityId;
        pledge.amount = amount;
        pledge.currency = currency;
        pledge.status = status;
        pledge.version = version;
        if (isNew) {
            pledge.persist();
        }
    }
}
