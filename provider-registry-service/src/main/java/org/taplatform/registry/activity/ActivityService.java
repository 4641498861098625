package org.taplatform.registry.activity;

import org.taplatform.reference.paging.KeysetQuery;
import org.taplatform.reference.paging.Page;
import org.taplatform.reference.paging.PageParameters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.taplatform.registry.support.Lists;
import org.taplatform.events.EventContract;
import org.taplatform.events.Topics;
import org.taplatform.events.outbox.Outbox;
import org.taplatform.events.registry.ActivityRegistered;
import org.taplatform.events.registry.ActivitySnapshot;
import org.taplatform.events.registry.ActivityStatusChanged;
import org.taplatform.events.registry.ActivityUpdated;
import org.taplatform.events.registry.ActivityWithdrawn;
import org.taplatform.reference.problem.Preconditions;
import org.taplatform.reference.problem.Problem.Violation;
import org.taplatform.reference.problem.ProblemException;
import org.taplatform.registry.organisation.Organisation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/**
 * Use cases of TA activities: every change checked, audited (who, when, what) and announced once per recipient
 * country, all in one transaction.
 */
@ApplicationScoped
public class ActivityService {

    private final Outbox outbox;
    private final ObjectMapper json;
    private final ActivityInserts inserts;

    ActivityService(Outbox outbox, ObjectMapper json, ActivityInserts inserts) {
        this.outbox = outbox;
        this.json = json;
        this.inserts = inserts;
    }

    /** Registers an activity; the caller's right to edit for the reporting organisation is checked by the caller. */
    @Transactional
    public Activity register(ActivityRequest request, String by) {
        requireValid(request);
        if (Activity.byIatiIdentifier(request.iatiIdentifier()).isPresent()) {
            throw ProblemException.conflict("Activity " + request.iatiIdentifier() + " is registered already");
        }
        Activity activity = new Activity();
        activity.id = UUID.randomUUID();
        activity.iatiIdentifier = request.iatiIdentifier();
        activity.createdBy = by;
        activity.createdAt = Instant.now();
        copy(request, activity);
        activity.persist();
        audit(activity, ActivityChange.Action.REGISTERED, by, null);
        publish(activity, Set.of(), country -> new ActivityRegistered(activity.id, activity.iatiIdentifier, country,
                activity.snapshot(), activity.createdAt));
        return activity;
    }

    @Transactional
    public Activity update(UUID id, ActivityRequest request, String ifMatch, String by) {
        Activity activity = changeable(id, ifMatch);
        if (!activity.iatiIdentifier.equals(request.iatiIdentifier())) {
            throw ProblemException.invalid("An activity keeps its identifier", List.of(new Violation("localId", "body",
                    "reportingOrganisation and localId must give " + activity.iatiIdentifier)));
        }
        requireValid(request);
        outbox.recordAll(change(activity, request, by)); // nothing changed: no new version, no history, no event
        return activity;
    }

    /**
     * Applies a request to an activity when it changes something (a withdrawn activity comes back): the new version,
     * its history entry, and the events to record (none when nothing changed). One place for the API and imports.
     */
    private List<Outbox.Entry> change(Activity activity, ActivityRequest request, String by) {
        ActivitySnapshot before = activity.snapshot();
        Activity proposed = new Activity(); // compared before the managed entity is touched
        proposed.id = activity.id;
        proposed.iatiIdentifier = activity.iatiIdentifier;
        copy(request, proposed);
        Map<String, Object> changes = differences(before, proposed.snapshot());
        if (changes.isEmpty() && activity.withdrawnAt == null) {
            return List.of();
        }
        Set<String> formerCountries = new LinkedHashSet<>(activity.recipientCountryCodes);
        copy(request, activity);
        activity.withdrawnAt = null;
        activity.withdrawalReason = null;
        Activity.flush(); // the new version, for the audit and the events
        audit(activity, ActivityChange.Action.UPDATED, by, changes);
        ActivitySnapshot snapshot = activity.snapshot();
        List<Outbox.Entry> events = new ArrayList<>(entries(activity, formerCountries, country -> new ActivityUpdated(
                activity.id, activity.iatiIdentifier, country, snapshot, activity.version, activity.updatedAt)));
        if (!before.status().equals(activity.status)) {
            events.addAll(entries(activity, Set.of(), country -> new ActivityStatusChanged(activity.id,
                    activity.iatiIdentifier, country, before.status(), activity.status, activity.updatedAt)));
        }
        return events;
    }

    /** What an import did with one activity. */
    public enum ImportOutcome { CREATED, UPDATED, UNCHANGED }

    /** What an import did with one activity, and whether it is left without a TA subtype (queued for a coordinator). */
    public record Imported(ImportOutcome outcome, boolean unclassified) {
    }

    /**
     * The problems that keep an imported activity out (field rules, the reporting organisation registered), without
     * touching the database's transaction: an import checks each activity before the batch's transaction.
     */
    public static List<Violation> importProblems(ActivityRequest request, Set<String> registeredOrganisations,
            java.math.BigDecimal recipientsLeftOut) {
        List<Violation> violations = ActivityRules.check(request, false, recipientsLeftOut);
        if (request.reportingOrganisation() != null
                && !registeredOrganisations.contains(request.reportingOrganisation())) {
            violations.add(new Violation("reportingOrganisation", "body", request.reportingOrganisation()
                    + " is not a registered organisation"));
        }
        return violations;
    }

    /**
     * Registers imported activities, or updates those with the same IATI identifier (a withdrawn one comes back):
     * importing the same file twice changes nothing. The requests must have passed {@link #importProblems}. One batch:
     * the existing activities are read in one query, the changes written with JDBC batching, the events recorded in
     * one batch. Returns each request's outcome, in order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Imported> importActivities(List<ActivityRequest> requests, String by) {
        Map<String, Activity> existing = new java.util.HashMap<>();
        Activity.<Activity>list("iatiIdentifier in ?1", requests.stream().map(ActivityRequest::iatiIdentifier).toList())
                .forEach(activity -> existing.put(activity.iatiIdentifier, activity));
        List<Imported> outcomes = new ArrayList<>();
        List<Outbox.Entry> events = new ArrayList<>();
        List<Activity> created = new ArrayList<>();
        Set<String> createdNow = new java.util.HashSet<>();
        for (ActivityRequest request : requests) {
            if (createdNow.contains(request.iatiIdentifier())) {
                outcomes.add(new Imported(ImportOutcome.UNCHANGED, false)); // twice in one batch: the first stands
                continue;
            }
            Activity activity = existing.get(request.iatiIdentifier());
            if (activity == null) {
                createdNow.add(request.iatiIdentifier());
                Activity fresh = new Activity();
                fresh.id = UUID.randomUUID();
                fresh.iatiIdentifier = request.iatiIdentifier();
                fresh.createdBy = by;
                fresh.createdAt = Instant.now();
                copy(request, fresh);
                created.add(fresh); // inserted below in JDBC batches, with its registration entry
                ActivitySnapshot snapshot = fresh.snapshot();
                events.addAll(entries(fresh, Set.of(), country -> new ActivityRegistered(fresh.id,
                        fresh.iatiIdentifier, country, snapshot, fresh.createdAt)));
                outcomes.add(new Imported(ImportOutcome.CREATED, fresh.taSubtypes.isEmpty()));
                continue;
            }

            if (Lists.nullToEmpty(request.taSubtypes()).isEmpty() && !activity.taSubtypes.isEmpty()) {
                request = request.classifiedAs(activity.taSubtypes, activity.instruments, activity.articles);
            }
            List<Outbox.Entry> changed = change(activity, request, by);
            if (changed.isEmpty()) {
                outcomes.add(new Imported(ImportOutcome.UNCHANGED, activity.taSubtypes.isEmpty()));
                continue;
            }
            events.addAll(changed);
            outcomes.add(new Imported(ImportOutcome.UPDATED, activity.taSubtypes.isEmpty()));
        }
        inserts.insert(created);
        outbox.recordAll(events);
        return outcomes;
    }

    @Transactional
    public Activity withdraw(UUID id, String reason, String ifMatch, String by) {
        Activity activity = get(id);
        Preconditions.requireMatch(ifMatch, activity.version);
        if (activity.withdrawnAt != null) {
            throw ProblemException.conflict("Activity " + activity.iatiIdentifier + " is withdrawn already");
        }
        activity.withdrawnAt = Instant.now();
        activity.withdrawalReason = reason;
        activity.updatedAt = activity.withdrawnAt;
        Activity.flush();
        audit(activity, ActivityChange.Action.WITHDRAWN, by, Map.of("withdrawalReason", Map.of("after", reason)));
        publish(activity, Set.of(), country -> new ActivityWithdrawn(activity.id, activity.iatiIdentifier, country,
                reason, activity.withdrawnAt));
        return activity;
    }

    /** The activity to change: the version the caller read, and not withdrawn. */
    private Activity changeable(UUID id, String ifMatch) {
        Activity activity = get(id);
        Preconditions.requireMatch(ifMatch, activity.version);
        if (activity.withdrawnAt != null) {
            throw ProblemException.conflict("Activity " + activity.iatiIdentifier + " is withdrawn");
        }
        return activity;
    }

    @Transactional
    public Activity get(UUID id) {
        return Activity.<Activity>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No activity " + id));
    }

    @Transactional
    public List<ActivityChange> history(UUID id) {
        get(id);
        // by version: an import's registration entries take their ids from the sequence in JDBC batches, beside the
        // blocks Hibernate holds in memory, so ids need not follow time across the two
        return ActivityChange.list("activityId", Sort.by("version").and("id"), id);
    }

    /** Activities by IATI identifier, after the given one, filtered; withdrawn ones only when asked. */
    @Transactional
    public Page<ActivityView> list(ActivityFilter filter, PageParameters page) {
        KeysetQuery<Activity> activities = KeysetQuery.of(Activity.getEntityManager(), Activity.class, "activities")
                .where("array_contains(recipientCountryCodes, :country)", "country", filter.country)
                .where("reportingOrganisation = :organisation", "organisation", filter.organisation)
                .where("status = :status", "status", filter.status)
                .where("array_contains(taSubtypes, :subtype)", "subtype", filter.taSubtype)
                .orderBy("iatiIdentifier", activity -> activity.iatiIdentifier)
                .changedAt("updatedAt");
        if (!filter.withdrawn) {
            activities.where("withdrawnAt is null");
        }
        if (filter.classified != null) {
            activities.where(filter.classified ? "array_length(taSubtypes) > 0" : "array_length(taSubtypes) = 0");
        }
        return activities.page(page, ActivityView::of);
    }

    /**
     * Activities waiting for their TA subtypes (registered from an IATI file without a tag of the taxonomy), by IATI
     * identifier, each with suggestions; a publisher's own only when {@code organisation} is given.
     */
    @Transactional
    public Page<UnclassifiedActivity> unclassified(String country, String organisation, PageParameters page) {
        return KeysetQuery.of(Activity.getEntityManager(), Activity.class, "unclassified-activities")
                .where("array_contains(recipientCountryCodes, :country)", "country", country)
                .where("reportingOrganisation = :organisation", "organisation", organisation)
                .where("array_length(taSubtypes) = 0")
                .where("withdrawnAt is null")
                .orderBy("iatiIdentifier", activity -> activity.iatiIdentifier)
                .changedAt("updatedAt")
                .page(page, UnclassifiedActivity::of);
    }

    /**
     * Gives an activity its TA subtypes (and instruments and articles when given): audited as CLASSIFIED and
     * announced as an update, so coordination matches and compares it from then on. A later import of the same
     * activity without tags of the taxonomy keeps this classification.
     */
    @Transactional
    public Activity classify(UUID id, ClassificationRequest request, String ifMatch, String by) {
        Activity activity = changeable(id, ifMatch);
        ActivitySnapshot before = activity.snapshot();
        activity.taSubtypes = Lists.distinct(request.taSubtypes());
        if (request.instruments() != null && !request.instruments().isEmpty()) {
            activity.instruments = Lists.distinct(request.instruments());
        }
        if (request.articles() != null && !request.articles().isEmpty()) {
            activity.articles = Lists.distinct(request.articles());
        }
        Map<String, Object> changes = differences(before, activity.snapshot());
        if (changes.isEmpty()) {
            return activity;
        }
        activity.updatedAt = Instant.now();
        Activity.flush(); // the new version, for the audit and the events
        audit(activity, ActivityChange.Action.CLASSIFIED, by, changes);
        ActivitySnapshot snapshot = activity.snapshot();
        publish(activity, Set.of(), country -> new ActivityUpdated(activity.id, activity.iatiIdentifier, country,
                snapshot, activity.version, activity.updatedAt));
        return activity;
    }

    private static void requireValid(ActivityRequest request) {
        List<Violation> violations = ActivityRules.check(request);
        if (Organisation.byIdentifier(request.reportingOrganisation()).isEmpty()) {
            violations.add(new Violation("reportingOrganisation", "body", request.reportingOrganisation()
                    + " is not a registered organisation (POST /api/v1/organisations first)"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations.size() + " value(s) rejected; nothing was changed", violations);
        }
    }

    private static void copy(ActivityRequest request, Activity activity) {
        activity.reportingOrganisation = request.reportingOrganisation();
        activity.titles = new LinkedHashMap<>(request.titles());
        activity.descriptions = new LinkedHashMap<>(request.descriptions() == null ? Map.of() : request.descriptions());
        activity.status = request.status();
        activity.plannedStart = request.plannedStart();
        activity.plannedEnd = request.plannedEnd();
        activity.actualStart = request.actualStart();
        activity.actualEnd = request.actualEnd();
        activity.participants = new ArrayList<>(Lists.nullToEmpty(request.participants()).stream()
                .map(p -> new ActivitySnapshot.Participant(p.identifier(), p.name(), p.role(), p.type())).toList());
        List<ActivityRequest.CountryShare> countries = Lists.nullToEmpty(request.recipientCountries());
        List<ActivityRequest.RegionShare> regions = Lists.nullToEmpty(request.recipientRegions());
        boolean single = countries.size() + regions.size() == 1; // a lone recipient takes 100 % (IATI)
        activity.recipientCountries = new ArrayList<>(countries.stream().map(c -> new ActivitySnapshot.Recipient(
                c.code(), single && c.percentage() == null ? java.math.BigDecimal.valueOf(100) : c.percentage())).toList());
        activity.recipientRegions = new ArrayList<>(regions.stream().map(r -> new ActivitySnapshot.Recipient(r.code(),
                single && r.percentage() == null ? java.math.BigDecimal.valueOf(100) : r.percentage())).toList());
        activity.recipientCountryCodes = new ArrayList<>(countries.stream().map(ActivityRequest.CountryShare::code)
                .toList());
        List<ActivityRequest.SectorShare> sectors = Lists.nullToEmpty(request.sectors());
        activity.sectors = new ArrayList<>(sectors.stream().map(s -> new ActivitySnapshot.Sector(s.code(),
                sectors.size() == 1 && s.percentage() == null ? java.math.BigDecimal.valueOf(100) : s.percentage()))
                .toList());
        activity.taSubtypes = Lists.distinct(request.taSubtypes());
        activity.instruments = Lists.distinct(request.instruments());
        activity.articles = Lists.distinct(request.articles());
        activity.beneficiaryGroups = Lists.distinct(request.beneficiaryGroups());
        activity.needIds = new ArrayList<>(Lists.nullToEmpty(request.needIds()).stream().distinct().toList());
        activity.relatedActivities = new ArrayList<>(Lists.nullToEmpty(request.relatedActivities()).stream()
                .map(r -> new ActivitySnapshot.RelatedActivity(r.identifier(), r.type())).distinct().toList());
        activity.providerActivities = Lists.distinct(request.providerActivities());
        activity.otherIdentifiers = new ArrayList<>(Lists.nullToEmpty(request.otherIdentifiers()).stream()
                .map(o -> new ActivitySnapshot.OtherIdentifier(o.ref(), o.type(), o.ownerRef(), o.ownerName()))
                .distinct().toList());
        activity.documents = new ArrayList<>(Lists.nullToEmpty(request.documents()).stream()
                .map(d -> new ActivitySnapshot.DocumentLink(d.url(), d.format(), Map.copyOf(d.titles()),
                        Map.copyOf(d.descriptions()), Lists.distinct(d.categories()), Lists.distinct(d.languages()),
                        d.date()))
                .distinct().toList());
        activity.budgets = new ArrayList<>(Lists.nullToEmpty(request.budgets()));
        activity.plannedDisbursements = new ArrayList<>(Lists.nullToEmpty(request.plannedDisbursements()));
        activity.transactions = new ArrayList<>(Lists.nullToEmpty(request.transactions()));
        activity.results = new ArrayList<>(Lists.nullToEmpty(request.results()));
        ActivityRequest.Budget budget = request.budget() != null ? request.budget()
                : BudgetTotal.of(activity.budgets).orElse(null);
        // at the column's scale, so that an unchanged amount (180000 against 180000.00) is not a change
        activity.budgetAmount = budget == null ? null : budget.amount().setScale(2, java.math.RoundingMode.HALF_UP);
        activity.budgetCurrency = budget == null ? null : budget.currency();
        activity.budgetValueDate = budget == null ? null : budget.valueDate();
        activity.updatedAt = Instant.now();
    }

    /** The top-level fields that differ between two snapshots, each with its value before and after. */
    private Map<String, Object> differences(ActivitySnapshot before, ActivitySnapshot after) {
        JsonNode old = json.valueToTree(before);
        JsonNode now = json.valueToTree(after);
        Map<String, Object> changes = new LinkedHashMap<>();
        now.fieldNames().forEachRemaining(field -> {
            JsonNode was = old.path(field);
            JsonNode is = now.path(field);
            if (!was.equals(NUMBERS_BY_VALUE, is)) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("before", json.convertValue(was, Object.class));
                change.put("after", json.convertValue(is, Object.class));
                changes.put(field, change);
            }
        });
        return changes;
    }

    /** 100 and 100.00 are the same percentage. */
    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue())
            : a.equals(b) ? 0 : 1;

    private void audit(Activity activity, ActivityChange.Action action, String by, Map<String, Object> changes) {
        ActivityChange change = new ActivityChange();
        change.activityId = activity.id;
        change.version = activity.version;
        change.action = action;
        change.changedBy = by;
        change.changedAt = Instant.now();
        // a registration lists no fields: its content is the activity's first version, which the later entries'
        // "before" values lead back to; so the history is complete without a copy of every activity
        change.changes = changes == null ? Map.of() : changes;
        change.persist();
    }

    /**
     * One event per recipient country, keyed by it (and per former recipient country, so that a country dropped from
     * the activity learns of it); an activity for regions only is keyed by its reporting organisation.
     */
    private void publish(Activity activity, Set<String> formerCountries,
            java.util.function.Function<String, EventContract> event) {
        outbox.recordAll(entries(activity, formerCountries, event));
    }

    private static List<Outbox.Entry> entries(Activity activity, Set<String> formerCountries,
            java.util.function.Function<String, EventContract> event) {
        Set<String> countries = new java.util.TreeSet<>(activity.recipientCountryCodes);
        countries.addAll(formerCountries);
        if (countries.isEmpty()) {
            return List.of(new Outbox.Entry(Topics.REGISTRY_ACTIVITIES, activity.reportingOrganisation,
                    activity.id.toString(), event.apply(null)));
        }
        return countries.stream().map(country -> new Outbox.Entry(Topics.REGISTRY_ACTIVITIES, country,
                activity.id.toString(), event.apply(country))).toList();
    }
}
