package org.taplatform.needs.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.taplatform.needs.analysis.CountryProfile.Comparison;
import org.taplatform.needs.analysis.CountryProfile.CycleRef;
import org.taplatform.needs.analysis.CountryProfile.Item;
import org.taplatform.needs.analysis.CountryProfile.TypeRow;
import org.taplatform.needs.cycle.CycleReporter;
import org.taplatform.needs.cycle.ReportingCycle;
import org.taplatform.needs.need.Need;
import org.taplatform.needs.need.NeedReader;
import org.taplatform.needs.need.NeedView;
import org.taplatform.reference.ReferenceData;
import org.taplatform.reference.TaType;
import org.taplatform.reference.UnLanguage;
import org.taplatform.reference.problem.ProblemException;

/** A country's profile, from the needs the reader may see of it (all of them for its focal point and coordinators). */
@ApplicationScoped
public class CountryProfileService {

    private final AnalysisCache register;

    CountryProfileService(AnalysisCache register) {
        this.register = register;
    }

    /**
     * The profile of the cycle asked for (else the latest the country has needs in) against the country's previous
     * cycle: the latest earlier one it has needs in or was expected to report in.
     */
    @Transactional
    public CountryProfile profile(String country, UUID cycleId, NeedReader reader, UnLanguage language) {
        List<Need> visible = Need.<Need>list("country", country).stream().filter(reader::maySee).toList();
        List<ReportingCycle> cycles = ReportingCycle.inOrder();
        // the country's cycles: those it has needs in, or was expected to report in
        Set<UUID> countrysCycles = visible.stream().map(n -> n.cycleId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        CycleReporter.<CycleReporter>list("key.country", country).forEach(r -> countrysCycles.add(r.key.cycleId()));
        cycles = cycles.stream().filter(c -> countrysCycles.contains(c.id) || c.id.equals(cycleId)).toList();
        ReportingCycle current;
        if (cycleId != null) {
            current = cycles.stream().filter(c -> c.id.equals(cycleId)).findFirst()
                    .orElseThrow(() -> ProblemException.notFound("No reporting cycle " + cycleId));
        } else {
            Set<UUID> withNeeds = visible.stream().map(n -> n.cycleId).filter(Objects::nonNull).collect(Collectors.toSet());
            current = cycles.stream().filter(c -> withNeeds.contains(c.id)).reduce((a, b) -> b).orElse(null);
        }
        ReportingCycle previous = current == null ? null
                : cycles.stream().takeWhile(c -> !c.id.equals(current.id)).reduce((a, b) -> b).orElse(null);
        List<Need> now = stated(visible, current);
        List<Need> before = previous == null ? List.of() : stated(visible, previous);
        Map<String, Need> nowByKey = byKey(now);
        Map<String, Need> beforeByKey = byKey(before);

        List<Item> fresh = new ArrayList<>();
        List<Item> persisting = new ArrayList<>();
        List<Item> resolved = new ArrayList<>();
        nowByKey.forEach((key, need) -> (beforeByKey.containsKey(key) ? persisting : fresh).add(item(need, language)));
        beforeByKey.forEach((key, need) -> {
            if (!nowByKey.containsKey(key)) {
                resolved.add(item(need, language));
            }
        });

        List<TypeRow> byType = new ArrayList<>();
        for (TaType type : ReferenceData.instance().taTypes()) {
            int count = (int) now.stream().filter(n -> n.taType.equals(type.code())).count();
            int newCount = (int) fresh.stream().filter(i -> i.taType().equals(type.code())).count();
            int persistingCount = (int) persisting.stream().filter(i -> i.taType().equals(type.code())).count();
            int resolvedCount = (int) resolved.stream().filter(i -> i.taType().equals(type.code())).count();
            if (count + resolvedCount > 0) {
                byType.add(new TypeRow(type.code(), type.names().in(language), count, newCount, persistingCount,
                        resolvedCount));
            }
        }
        List<NeedView> needs = new ArrayList<>();
        now.forEach(n -> needs.add(NeedView.of(n, language)));
        visible.stream().filter(n -> n.cycleId == null && n.status != Need.Status.WITHDRAWN)
                .sorted(Comparator.comparing((Need n) -> n.registeredAt))
                .forEach(n -> needs.add(NeedView.of(n, language)));
        return new CountryProfile(country,
                ReferenceData.instance().country(country).map(c -> c.names().in(language)).orElse(country),
                language.tag(), ref(current), ref(previous), needs, byType, new Comparison(fresh, persisting, resolved),
                register.registerChangedAt());
    }

    private static List<Need> stated(List<Need> visible, ReportingCycle cycle) {
        if (cycle == null) {
            return List.of();
        }
        return visible.stream().filter(n -> cycle.id.equals(n.cycleId) && n.status != Need.Status.WITHDRAWN)
                .sorted(Comparator.comparing((Need n) -> n.taSubtype).thenComparing(n -> n.id)).toList();
    }

    /** Needs by what makes two cycles' needs the same need. */
    private static Map<String, Need> byKey(List<Need> needs) {
        Map<String, Need> byKey = new LinkedHashMap<>();
        needs.forEach(n -> byKey.putIfAbsent(n.instrument + "|" + n.taSubtype, n));
        return byKey;
    }

    private static Item item(Need need, UnLanguage language) {
        return new Item(need.instrument, need.taType, need.taSubtype, need.thematicArea,
                ReferenceData.instance().taSubtype(need.taSubtype).map(t -> t.names().in(language)).orElse(need.taSubtype));
    }

    private static CycleRef ref(ReportingCycle cycle) {
        return cycle == null ? null : new CycleRef(cycle.id, cycle.name);
    }
}
