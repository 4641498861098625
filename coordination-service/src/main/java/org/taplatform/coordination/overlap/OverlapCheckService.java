package org.taplatform.coordination.overlap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.taplatform.coordination.index.IndexedActivity;
import org.taplatform.coordination.index.ReadModelIndex;
import org.taplatform.coordination.overlap.model.ComparedActivity;
import org.taplatform.coordination.overlap.model.Overlap;
import org.taplatform.coordination.overlap.model.OverlapRules;

/**
 * The pre-registration check: the registered activities a planned one likely overlaps, with the reasons. Reads the
 * read-model index only; changes nothing.
 */
@ApplicationScoped
public class OverlapCheckService {

    private final ReadModelIndex index;

    OverlapCheckService(ReadModelIndex index) {
        this.index = index;
    }

    public List<Overlap> check(DraftActivity draft) {
        ComparedActivity planned = ComparedActivity.of("(draft)", draft.organisation(),
                Set.copyOf(draft.recipientCountries()), Set.copyOf(orEmpty(draft.taSubtypes())),
                Set.copyOf(orEmpty(draft.beneficiaryGroups())), draft.plannedStart(), draft.plannedEnd(),
                TextTerms.of(draft.titles(), draft.descriptions() == null ? Map.of() : draft.descriptions()));
        List<Overlap> overlaps = new ArrayList<>();
        for (IndexedActivity activity : index.overlapCandidates(planned.countries(), planned.taSubtypes(),
                planned.beneficiaryGroups(), draft.organisation())) {
            OverlapRules.compare(planned, activity.compared()).ifPresent(overlaps::add);
        }
        overlaps.sort(Comparator.comparing(Overlap::severity).thenComparing(Comparator.comparingDouble(
                Overlap::similarity).reversed()).thenComparing(Overlap::iatiIdentifier));
        return overlaps;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
