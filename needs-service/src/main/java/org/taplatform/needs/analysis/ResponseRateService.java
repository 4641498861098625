package org.taplatform.needs.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.taplatform.needs.cycle.CycleReporter;
import org.taplatform.needs.cycle.ReportingCycle;
import org.taplatform.reference.ReferenceData;
import org.taplatform.reference.UnLanguage;

/**
 * Response rates per cycle and instrument, optionally by region or regional group, from needs-service's own copy of
 * the cycles (survey-service's events). Who responds is public in UN documents, so these are public tables.
 */
@ApplicationScoped
public class ResponseRateService {

    /** How a rate may be broken down. */
    public enum Grouping { REGION, SUB_REGION, REGIONAL_GROUP }

    private final AnalysisCache cache;

    ResponseRateService(AnalysisCache cache) {
        this.cache = cache;
    }

    @Transactional
    public ResponseRates rates(String instrument, UUID cycleId, Grouping grouping, UnLanguage language) {
        String key = String.join("|", "rates", String.valueOf(instrument), String.valueOf(cycleId),
                String.valueOf(grouping), language.tag());
        return cache.get(key, () -> compute(instrument, cycleId, grouping, language));
    }

    private ResponseRates compute(String instrument, UUID cycleId, Grouping grouping, UnLanguage language) {
        ReferenceData reference = ReferenceData.instance();
        List<ResponseRates.Rate> rates = new ArrayList<>();
        for (ReportingCycle cycle : ReportingCycle.inOrder()) {
            if (cycleId != null && !cycleId.equals(cycle.id)) {
                continue;
            }
            Map<String, List<CycleReporter>> byInstrument = new TreeMap<>(
                    java.util.Comparator.comparingInt(ResponseRateService::instrumentOrder));
            for (CycleReporter reporter : CycleReporter.<CycleReporter>list("key.cycleId", cycle.id)) {
                if (instrument == null || instrument.equals(reporter.key.instrument())) {
                    byInstrument.computeIfAbsent(reporter.key.instrument(), i -> new ArrayList<>()).add(reporter);
                }
            }
            byInstrument.forEach((code, reporters) -> {
                int responded = (int) reporters.stream().filter(r -> r.responded).count();
                rates.add(new ResponseRates.Rate(cycle.id, cycle.name, cycle.periodStart, cycle.closedAt != null, code,
                        reference.instrument(code).map(i -> i.names().in(language)).orElse(code), reporters.size(),
                        responded, ResponseRates.percent(responded, reporters.size()),
                        grouping == null ? null : groups(reporters, grouping, language)));
            });
        }
        return new ResponseRates(language.tag(), rates, ResponseRates.RULE, cache.registerChangedAt());
    }

    private static List<ResponseRates.Group> groups(List<CycleReporter> reporters, Grouping grouping,
            UnLanguage language) {
        Map<String, int[]> tally = new TreeMap<>();
        for (CycleReporter reporter : reporters) {
            var country = ReferenceData.instance().country(reporter.key.country());
            String code = country.map(c -> switch (grouping) {
                case REGION -> c.regionCode();
                case SUB_REGION -> c.subRegionCode();
                case REGIONAL_GROUP -> c.regionalGroupCode();
            }).orElse(null);
            int[] counts = tally.computeIfAbsent(code == null ? Dimension.NONE : code, c -> new int[2]);
            counts[0]++;
            if (reporter.responded) {
                counts[1]++;
            }
        }
        Dimension dimension = switch (grouping) {
            case REGION -> Dimension.REGION;
            case SUB_REGION -> Dimension.SUB_REGION;
            case REGIONAL_GROUP -> Dimension.REGIONAL_GROUP;
        };
        List<ResponseRates.Group> groups = new ArrayList<>();
        tally.forEach((code, counts) -> groups.add(new ResponseRates.Group(code, dimension.label(code, language),
                counts[0], counts[1], ResponseRates.percent(counts[1], counts[0]))));
        return groups;
    }

    private static int instrumentOrder(String code) {
        List<String> order = List.of("UNTOC", "TIP", "SOM", "FIREARMS");
        int index = order.indexOf(code);
        return index < 0 ? order.size() : index;
    }
}
