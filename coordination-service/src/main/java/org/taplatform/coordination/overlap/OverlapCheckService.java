package org.taplatform.coordination.overlap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.taplatform.coordination.index.IndexedActivity;
import org.taplatform.coordination.index.ReadModelIndex;
import org.taplatform.coordination.index.TextTerms;
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

    public OverlapCheck check(DraftActivity draft) {
        TextTerms.Analysed terms = TextTerms.of(draft.titles(), draft.descriptions() == null ? Map.of()
                : draft.descriptions());
        ComparedActivity planned = ComparedActivity.of("(draft)", draft.organisation(),
                Set.copyOf(draft.recipientCountries()), Set.copyOf(orEmpty(draft.taSubtypes())),
                Set.copyOf(orEmpty(draft.beneficiaryGroups())), draft.plannedStart(), draft.plannedEnd(),
                terms.texts())
                .withTitleTerms(terms.titles())
                .withParticipants(orEmpty(draft.participants()).stream()
                        .map(p -> new ComparedActivity.Participant(p.organisation(), p.role()))
                        .collect(Collectors.toSet()))
                .withLinks(Set.copyOf(orEmpty(draft.linkedActivities())))
                .withBudget(draft.budget() == null ? null : new ComparedActivity.Budget(
                        draft.budget().amount().doubleValue(), draft.budget().currency()));
        List<Overlap> overlaps = new ArrayList<>();
        List<OverlapCheck.Linked> linked = new ArrayList<>();
        for (IndexedActivity activity : index.overlapCandidates(planned.countries(), planned.taSubtypes(),
                planned.beneficiaryGroups())) {
            OverlapRules.link(planned, activity.compared(), index.termStatistics()).ifPresentOrElse(
                    why -> linked.add(new OverlapCheck.Linked(activity.iatiIdentifier(),
                            activity.reportingOrganisation(), why)),
                    () -> OverlapRules.compare(planned, activity.compared(), index.termStatistics())
                            .ifPresent(overlaps::add));
        }
        overlaps.sort(Comparator.comparing(Overlap::severity).thenComparing(Comparator.comparingDouble(
                Overlap::similarity).reversed()).thenComparing(Overlap::iatiIdentifier));
        linked.sort(Comparator.comparing(OverlapCheck.Linked::iatiIdentifier));
        return new OverlapCheck(overlaps, linked);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
