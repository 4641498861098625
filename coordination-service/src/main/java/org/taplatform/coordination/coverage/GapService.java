package org.taplatform.coordination.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.taplatform.coordination.knowledge.Beside;
import org.taplatform.coordination.knowledge.KnowledgeLibrary;
import org.taplatform.coordination.knowledge.KnowledgeService;
import org.taplatform.coordination.need.NeedReadModel;
import org.taplatform.coordination.need.NeedReadModelView;
import org.taplatform.coordination.provider.CapabilityReadModel;
import org.taplatform.reference.ReferenceData;
import org.taplatform.reference.security.Caller;

import io.quarkus.panache.common.Parameters;

/** Gap reports: the needs still to answer, within what the caller may see. */
@ApplicationScoped
public class GapService {

    public record GapReport(
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "the needs counted, by coverage level (covered ones included)") Map<String, Long> byLevel,
            List<Gap> gaps,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(example = "2026-11-20T09:30:00Z", description = "when the needs counted last changed in coordination's view (registration, coverage, status)") java.time.Instant asOf) {
    }

    /**
     * A need not yet covered, whether any registered organisation could deliver its subtype, and the tools and
     * lessons to read beside it.
     */
    public record Gap(NeedReadModelView need, boolean noCapableOrganisation, Beside knowledge) {
    }

    private final KnowledgeService knowledge;

    GapService(KnowledgeService knowledge) {
        this.knowledge = knowledge;
    }

    @Transactional
    public GapReport report(String country, String instrument, Caller caller) {
        return report(country, null, instrument, null, caller);
    }

    /** Filtered by country, M49 area (the countries in it), instrument and TA type; null means any. */
    @Transactional
    public GapReport report(String country, String region, String instrument, String taType, Caller caller) {
        StringBuilder where = new StringBuilder("status not in ('WITHDRAWN', 'SUPERSEDED', 'RESOLVED')");
        Parameters parameters = new Parameters();
        if (country != null) {
            where.append(" and country = :country");
            parameters.and("country", country);
        }
        if (instrument != null) {
            where.append(" and instrument = :instrument");
            parameters.and("instrument", instrument);
        }
        if (taType != null) {
            where.append(" and taType = :taType");
            parameters.and("taType", taType);
        }
        if (region != null) {
            where.append(" and country in :countries");
            parameters.and("countries", ReferenceData.instance().countries().stream()
                    .filter(c -> c.isIn(region)).map(org.taplatform.reference.Country::code).toList());
        }
        List<NeedReadModel> needs = NeedReadModel.<NeedReadModel>list(where.toString(), parameters).stream()
                .filter(need -> need.consent.allows(caller.roles(), caller.country().orElse(null), need.country))
                .toList();
        java.util.Set<String> deliverable = CapabilityReadModel.deliverableSubtypes();
        KnowledgeLibrary library = knowledge.library();
        Map<String, Long> byLevel = new TreeMap<>();
        List<Gap> gaps = new ArrayList<>();
        for (NeedReadModel need : needs) {
            String level = need.coverageLevel == null ? "UNMET" : need.coverageLevel;
            byLevel.merge(level, 1L, Long::sum);
            if (!"COVERED".equals(level)) {
                boolean capable = deliverable.contains(need.taSubtype);
                gaps.add(new Gap(NeedReadModelView.of(need), !capable, library.beside(need)));
            }
        }
        gaps.sort(Comparator.comparing((Gap g) -> g.need().country()).thenComparing(g -> g.need().taSubtype()));
        return new GapReport(byLevel, gaps, org.taplatform.reference.paging.Page.latestOf(needs, need -> need.changedAt));
    }
}
