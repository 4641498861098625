package org.taplatform.needs.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.taplatform.needs.analysis.Breakdown.Cell;
import org.taplatform.needs.analysis.Breakdown.View;
import org.taplatform.needs.analysis.Breakdown.Withheld;
import org.taplatform.needs.analysis.Suppression.Tally;
import org.taplatform.needs.need.Need;
import org.taplatform.needs.need.NeedCriteria;
import org.taplatform.needs.need.NeedFilter;
import org.taplatform.needs.need.NeedReader;
import org.taplatform.reference.UnLanguage;
import org.taplatform.reference.problem.Problem.Violation;
import org.taplatform.reference.problem.ProblemException;

/**
 * Counts and shares of needs by one dimension (the 2009 overview's figures: by type, legal assistance by subtype,
 * by area, by region), within what the reader may see or as a public table. Withdrawn needs are not counted unless
 * the filter asks for a status.
 */
@ApplicationScoped
public class NeedAnalysisService {

    static final String RULE = "Shares: percent of the total with one decimal, rounded by the largest remainder method so "
            + "that they add up to exactly 100.0. Public tables: a cell whose needs come from fewer than %d States is "
            + "withheld, and when only one cell is, the next smallest too; withheld cells are counted together.";

    private final AnalysisCache cache;
    private final AnalysisSettings settings;

    NeedAnalysisService(AnalysisCache cache, AnalysisSettings settings) {
        this.cache = cache;
        this.settings = settings;
    }

    @Transactional
    public Breakdown breakdown(Dimension dimension, NeedFilter filter, NeedReader reader, View view,
            UnLanguage language) {
        if (view == View.PUBLIC && dimension == Dimension.COUNTRY) {
            throw ProblemException.invalid("Public aggregates never name a country", List.of(new Violation("dimension",
                    "path", "country is not a public aggregate; needs by country are read within consent, signed in "
                            + "as a reader of needs")));
        }
        if (view == View.PUBLIC && filter.country != null) {
            throw ProblemException.invalid("Public aggregates never name a country", List.of(new Violation("country",
                    "query", "is not allowed in public aggregates; a country's needs are read within consent")));
        }
        String key = String.join("|", "breakdown", dimension.name(), view.name(), readerKey(reader, view),
                AnalysisKeys.of(filter), language.tag());
        return cache.get(key, () -> compute(dimension, filter, reader, view, language));
    }

    private Breakdown compute(Dimension dimension, NeedFilter filter, NeedReader reader, View view,
            UnLanguage language) {
        NeedCriteria criteria = (view == View.PUBLIC ? NeedCriteria.everyNeed(filter)
                : NeedCriteria.visibleTo(reader, filter)).withoutWithdrawnUnless(filter);
        String attribute = dimension.attribute();
        String hql = attribute == null
                ? "select country, count(*) from Need where " + criteria.where() + " group by country"
                : "select country, " + attribute + ", count(*) from Need where " + criteria.where()
                        + " group by country, " + attribute;
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, Set<String>> countries = new LinkedHashMap<>();
        Set<String> allCountries = new HashSet<>();
        var query = Need.getEntityManager().createQuery(hql, Object[].class).setHint("org.hibernate.readOnly", true);
        criteria.parameters().map().forEach(query::setParameter);
        for (Object[] row : query.getResultList()) {
            String country = (String) row[0];
            String code = dimension.valueOf(country, attribute == null ? null : row[1]);
            long count = ((Number) row[row.length - 1]).longValue();
            counts.computeIfAbsent(code, c -> new long[1])[0] += count;
            countries.computeIfAbsent(code, c -> new HashSet<>()).add(country);
            allCountries.add(country);
        }
        List<Tally> tallies = counts.entrySet().stream()
                .map(e -> new Tally(e.getKey(), e.getValue()[0], countries.get(e.getKey()).size()))
                .sorted(Comparator.comparingLong(Tally::count).reversed().thenComparing(Tally::code))
                .toList();
        long total = tallies.stream().mapToLong(Tally::count).sum();
        String rule = RULE.formatted(settings.minimumCountriesPerCell());
        if (view == View.PUBLIC && allCountries.size() < settings.minimumCountriesPerCell()) {
            return new Breakdown(dimension.pathName(), view, language.tag(), null, List.of(),
                    Withheld.WHOLE_TABLE, rule, cache.registerChangedAt());
        }
        boolean[] withheld = view == View.PUBLIC
                ? Suppression.withheld(tallies, settings.minimumCountriesPerCell())
                : new boolean[tallies.size()];
        List<Long> shareBasis = new ArrayList<>();
        long withheldCount = 0;
        int withheldCells = 0;
        for (int i = 0; i < tallies.size(); i++) {
            if (withheld[i]) {
                withheldCount += tallies.get(i).count();
                withheldCells++;
            } else {
                shareBasis.add(tallies.get(i).count());
            }
        }
        if (withheldCells > 0) {
            shareBasis.add(withheldCount);
        }
        List<BigDecimal> shares = Shares.of(shareBasis);
        List<Cell> cells = new ArrayList<>();
        int s = 0;
        for (int i = 0; i < tallies.size(); i++) {
            if (!withheld[i]) {
                Tally tally = tallies.get(i);
                cells.add(new Cell(tally.code(), dimension.label(tally.code(), language), tally.count(),
                        shares.get(s++), tally.countries()));
            }
        }
        Withheld withheldCellsTogether = withheldCells == 0 ? null
                : new Withheld(withheldCells, withheldCount, shares.get(shares.size() - 1), null);
        return new Breakdown(dimension.pathName(), view, language.tag(), total, cells, withheldCellsTogether, rule,
                cache.registerChangedAt());
    }

    private static String readerKey(NeedReader reader, View view) {
        if (view == View.PUBLIC || reader.seesEverything()) {
            return "all";
        }
        return reader.visibleConsents() + "/" + reader.country().orElse("");
    }
}
