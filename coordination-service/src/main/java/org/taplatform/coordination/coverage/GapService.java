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
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "the needs counted under the filters, by coverage level (covered ones included), over every page") Map<String, Long> byLevel,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "this page's gaps, by country, TA subtype and need") List<Gap> gaps,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(example = "2026-11-20T09:30:00Z", description = "when the needs counted last changed in coordination's view (registration, coverage, status)") java.time.Instant asOf,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "opaque cursor of the next page: send it as ?cursor= with the same filters and limit; absent on the last page", example = "Z2FwcwpLRU4KTEVHQUwuRFJBRlRJTkcKYzFkMmUzZjQ") String next) {
    }

    /** Where a gap stands in the gaps' stable order (country, TA subtype, need), which the cursor holds. */
    private record Position(String country, String taSubtype, String need) implements Comparable<Position> {

        private static final Comparator<Position> ORDER = Comparator.comparing(Position::country)
                .thenComparing(Position::taSubtype).thenComparing(Position::need);

        static Position of(NeedReadModel need) {
            return new Position(need.country, need.taSubtype, need.id.toString());
        }

        @Override
        public int compareTo(Position other) {
            return ORDER.compare(this, other);
        }
    }

    private static final String COLLECTION = "gaps";

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

    /**
     * Filtered by country, M49 area (the countries in it), instrument and TA type (null means any), one page at a
     * time: keyset on the gaps' order, so a gap registered or covered between two pages neither repeats nor hides
     * another. The counts by level are the whole collection's.
     */
    @Transactional
    public GapReport report(String country, String region, String instrument, String taType,
            org.taplatform.reference.paging.PageParameters page, Caller caller) {
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
        Map<String, Long> byLevel = new TreeMap<>();
        List<NeedReadModel> unmet = new ArrayList<>();
        for (NeedReadModel need : needs) {
            String level = need.coverageLevel == null ? "UNMET" : need.coverageLevel;
            byLevel.merge(level, 1L, Long::sum);
            if (!"COVERED".equals(level)) {
                unmet.add(need);
            }
        }
        unmet.sort(Comparator.comparing(Position::of));
        List<NeedReadModel> after = unmet;
        if (page.cursor != null) {
            org.taplatform.reference.paging.PageCursor cursor = org.taplatform.reference.paging.PageCursor.decode(
                    page.cursor, COLLECTION, 3);
            Position last = new Position(cursor.part(0), cursor.part(1), cursor.part(2));
            after = unmet.stream().filter(need -> Position.of(need).compareTo(last) > 0).toList();
        }
        List<NeedReadModel> onPage = after.subList(0, Math.min(page.limit, after.size()));
        String next = after.size() > page.limit ? org.taplatform.reference.paging.PageCursor.of(COLLECTION,
                onPage.getLast().country, onPage.getLast().taSubtype, onPage.getLast().id).encode() : null;
        // what a gap carries beside its need (capable organisations, knowledge) only for the page's gaps
        java.util.Set<String> deliverable = CapabilityReadModel.deliverableSubtypes();
        KnowledgeLibrary library = knowledge.library();
        List<Gap> gaps = onPage.stream().map(need -> new Gap(NeedReadModelView.of(need),
                !deliverable.contains(need.taSubtype), library.beside(need))).toList();
        return new GapReport(byLevel, gaps, org.taplatform.reference.paging.Page.latestOf(needs, need -> need.changedAt),
                next);
    }
}
