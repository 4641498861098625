package org.taplatform.coordination.overlap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.taplatform.coordination.overlap.model.ComparedActivity;
import org.taplatform.coordination.overlap.model.Overlap;
import org.taplatform.coordination.overlap.model.OverlapRules;
import org.taplatform.coordination.provider.ActivityReadModel;

/**
 * The pre-registration check: the registered activities a planned one likely overlaps, with the reasons. Reads only;
 * changes nothing.
 */
@ApplicationScoped
public class OverlapCheckService {

    @Transactional
    public List<Overlap> check(DraftActivity draft) {
        ComparedActivity planned = new ComparedActivity("(draft)", draft.organisation(),
                Set.copyOf(draft.recipientCountries()), Set.copyOf(orEmpty(draft.taSubtypes())),
                Set.copyOf(orEmpty(draft.beneficiaryGroups())), draft.plannedStart(), draft.plannedEnd(),
                TextTerms.of(draft.titles(), draft.descriptions() == null ? Map.of() : draft.descriptions()));
        List<Overlap> overlaps = new ArrayList<>();
        for (ActivityReadModel activity : ActivityReadModel.<ActivityReadModel>list(
                "withdrawn = false and duplicateOf is null and status in ('1', '2', '3') and reportingOrganisation <> ?1", draft.organisation())) {
            if (java.util.Arrays.stream(activity.recipientCountries).noneMatch(planned.countries()::contains)) {
                continue;
            }
            OverlapRules.compare(planned, compared(activity)).ifPresent(overlaps::add);
        }
        overlaps.sort(Comparator.comparing(Overlap::severity).thenComparing(Comparator.comparingDouble(
                Overlap::similarity).reversed()).thenComparing(Overlap::iatiIdentifier));
        return overlaps;
    }

    static ComparedActivity compared(ActivityReadModel activity) {
        return new ComparedActivity(activity.iatiIdentifier, activity.reportingOrganisation,
                Set.copyOf(java.util.Arrays.asList(activity.recipientCountries)), Set.copyOf(java.util.Arrays.asList(activity.taSubtypes)),
                Set.copyOf(java.util.Arrays.asList(activity.beneficiaryGroups)), activity.actualStart != null ? activity.actualStart
                        : activity.plannedStart,
                activity.actualEnd != null ? activity.actualEnd : activity.plannedEnd,
                termsOf(activity));
    }

    /** The stored terms; analysed now only for a row written before terms were stored. */
    private static Map<String, Set<String>> termsOf(ActivityReadModel activity) {
        if (activity.terms == null) {
            return TextTerms.of(activity.titles, activity.descriptions);
        }
        Map<String, Set<String>> terms = new java.util.HashMap<>();
        activity.terms.forEach((language, list) -> terms.put(language, Set.copyOf(list)));
        return terms;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
