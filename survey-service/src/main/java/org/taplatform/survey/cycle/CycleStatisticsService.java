package org.taplatform.survey.cycle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.taplatform.reference.Country;
import org.taplatform.reference.ReferenceData;
import org.taplatform.reference.UnLanguage;
import org.taplatform.survey.cycle.CycleStatistics.GroupStatistics;
import org.taplatform.survey.cycle.CycleStatistics.InstrumentStatistics;

/** Response rates per instrument of a cycle, and by UN M49 region, sub-region and UN regional group. */
@ApplicationScoped
public class CycleStatisticsService {

    private static final String NONE = "NONE";

    private final CycleService cycles;

    CycleStatisticsService(CycleService cycles) {
        this.cycles = cycles;
    }

    @Transactional
    public CycleStatistics statistics(UUID cycleId, UnLanguage language) {
        ReportingCycle cycle = cycles.get(cycleId);
        List<InstrumentStatistics> instruments = new ArrayList<>();
        for (CycleInstrument instrument : cycles.instruments(cycleId)) {
            String code = instrument.key.instrument();
            List<String> expected = cycles.expectedReporters(cycleId, code);
            Set<String> respondents = cycles.respondents(cycleId, code);
            List<String> responded = expected.stream().filter(respondents::contains).toList();
            List<String> nonRespondents = expected.stream().filter(c -> !respondents.contains(c)).toList();
            instruments.add(new InstrumentStatistics(code, expected.size(), responded.size(),
                    rate(responded.size(), expected.size()), responded, nonRespondents,
                    groups(expected, respondents, Country::regionCode, language, true),
                    groups(expected, respondents, Country::subRegionCode, language, true),
                    groups(expected, respondents, Country::regionalGroupCode, language, false)));
        }
        return new CycleStatistics(cycle.id, cycle.name, cycle.status, language.tag(), instruments);
    }

    private static List<GroupStatistics> groups(List<String> expected, Set<String> respondents,
            Function<Country, String> groupOf, UnLanguage language, boolean m49) {
        ReferenceData reference = ReferenceData.instance();
        Map<String, int[]> counts = new TreeMap<>();
        for (String country : expected) {
            String group = reference.country(country).map(groupOf).orElse(null);
            int[] count = counts.computeIfAbsent(group == null ? NONE : group, g -> new int[2]);
            count[0]++;
            if (respondents.contains(country)) {
                count[1]++;
            }
        }
        List<GroupStatistics> result = new ArrayList<>();
        counts.forEach((code, count) -> {
            String name = code.equals(NONE) ? null
                    : m49 ? reference.region(code).map(r -> r.names().in(language)).orElse(code)
                            : reference.regionalGroup(code).map(g -> g.names().in(language)).orElse(code);
            result.add(new GroupStatistics(code, name, count[0], count[1], rate(count[1], count[0])));
        });
        return result;
    }

    /** Percent, one decimal, half-up; 0 when nobody was expected. */
    static BigDecimal rate(int responded, int expected) {
        if (expected == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(responded * 100L).divide(BigDecimal.valueOf(expected), 1, RoundingMode.HALF_UP);
    }
}
