package org.taplatform.coordination.country;

import org.taplatform.reference.paging.Page;
import org.taplatform.reference.paging.PageParameters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.taplatform.coordination.coverage.GapService;
import org.taplatform.coordination.matching.MatchingService;
import org.taplatform.coordination.knowledge.KnowledgeLibrary;
import org.taplatform.coordination.knowledge.KnowledgeService;
import org.taplatform.coordination.need.NeedReadModel;
import org.taplatform.coordination.need.NeedReadModelView;
import org.taplatform.coordination.overlap.OverlapAlertService;
import org.taplatform.coordination.overlap.OverlapAlertView;
import org.taplatform.coordination.overlap.model.AlertStatus;
import org.taplatform.coordination.provider.ActivityReadModel;
import org.taplatform.coordination.provider.CapabilityReadModel;
import org.taplatform.coordination.request.RequestService;
import org.taplatform.coordination.request.RequestView;
import org.taplatform.reference.ReferenceData;
import org.taplatform.reference.security.Caller;
import org.taplatform.reference.security.Roles;

/**
 * The country coordination view: the country's needs with their coverage and best matches, its live activities, its
 * active overlap alerts and its open requests, each part filtered by the rules of its own API (consent for needs,
 * involvement for alerts, recipients for requests), so that the view never shows more than those would.
 */
@ApplicationScoped
public class CountryCoordinationService {

    /** More than any one country has; the view is a working page, not an export. */
    static final int MAX_ITEMS = 500;

    private final MatchingService matching;
    private final OverlapAlertService alerts;
    private final RequestService requests;
    private final KnowledgeService knowledge;

    CountryCoordinationService(MatchingService matching, OverlapAlertService alerts, RequestService requests,
            KnowledgeService knowledge) {
        this.matching = matching;
        this.alerts = alerts;
        this.requests = requests;
        this.knowledge = knowledge;
    }

    @Transactional
    public CountryCoordinationView view(String country, int matchesPerNeed, Caller caller) {
        if (caller.hasRole(Roles.STATE_FOCAL_POINT) && !caller.isCoordinator()) {
            caller.requireActsFor(country); // a focal point sees its own country's page
        }
        List<NeedReadModel> needs = NeedReadModel.<NeedReadModel>list(
                "country = ?1 and status not in ('WITHDRAWN', 'SUPERSEDED', 'RESOLVED') order by registeredAt, id", country).stream()
                .filter(need -> need.consent.allows(caller.roles(), caller.country().orElse(null), need.country))
                .limit(MAX_ITEMS).toList();
        java.util.Set<String> deliverable = CapabilityReadModel.deliverableSubtypes();
        KnowledgeLibrary library = knowledge.library();
        Map<String, Long> byLevel = new TreeMap<>();
        List<CountryCoordinationView.NeedEntry> entries = new ArrayList<>();
        for (NeedReadModel need : needs) {
            String level = need.coverageLevel == null ? "UNMET" : need.coverageLevel;
            byLevel.merge(level, 1L, Long::sum);
            boolean capable = deliverable.contains(need.taSubtype);
            List<CountryCoordinationView.MatchEntry> top = "COVERED".equals(level) || matchesPerNeed == 0 ? List.of()
                    : matching.matchesFor(need.id, caller, matchesPerNeed).orElse(List.of()).stream()
                            .map(m -> new CountryCoordinationView.MatchEntry(m.organisation(), m.name(), m.score()))
                            .toList();
            entries.add(new CountryCoordinationView.NeedEntry(NeedReadModelView.of(need), !capable, top,
                    library.beside(need)));
        }
        @SuppressWarnings("unchecked")
        List<ActivityReadModel> live = ActivityReadModel.getEntityManager().createNativeQuery(
                "select * from activity_read_model where not withdrawn and duplicate_of is null"
                        + " and status in ('1', '2', '3') and recipient_countries @> array[cast(?1 as varchar)]"
                        + " order by iati_identifier limit " + MAX_ITEMS, ActivityReadModel.class)
                .setParameter(1, country).getResultList();
        List<CountryCoordinationView.ActivityEntry> activities = live.stream()
                .map(a -> new CountryCoordinationView.ActivityEntry(a.id, a.iatiIdentifier, a.reportingOrganisation,
                        a.status, a.titles, a.actualStart != null ? a.actualStart : a.plannedStart,
                        a.actualEnd != null ? a.actualEnd : a.plannedEnd, List.of(a.taSubtypes), List.of(a.needIds)))
                .toList();
        List<OverlapAlertView> activeAlerts = caller.isCoordinator() || caller.organisation().isPresent()
                ? alerts.list(new OverlapAlertService.AlertFilter(country, null, null, null),
                        new PageParameters(MAX_ITEMS, null), caller).items().stream().filter(a -> AlertStatus.valueOf(a.status()).isActive()).toList()
                : List.of();
        List<RequestView> open = requests.list(country, null, new PageParameters(MAX_ITEMS, null), caller).items().stream()
                .filter(r -> !r.status().equals("FULFILLED") && !r.status().equals("CANCELLED"))
                .sorted(Comparator.comparing(RequestView::createdAt)).toList();
        String name = ReferenceData.instance().country(country).map(c -> c.names().in(org.taplatform.reference.UnLanguage.EN)).orElse(country);
        Instant asOf = Page.latest(Page.latestOf(needs, need -> need.changedAt), Page.latestOf(live, a -> a.changedAt),
                Page.latestOf(activeAlerts, OverlapAlertView::updatedAt), Page.latestOf(open, RequestView::updatedAt));
        return new CountryCoordinationView(country, name, Instant.now(), byLevel, entries, activities, activeAlerts,
                open, asOf);
    }
}
