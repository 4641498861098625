package org.taplatform.needs.need;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.taplatform.events.NeedSource;
import org.taplatform.events.SharingConsent;
import org.taplatform.reference.Country;
import org.taplatform.reference.ReferenceData;

import io.quarkus.panache.common.Parameters;

/**
 * A filter of the needs register as an HQL condition on {@link Need}, and the reader's visibility: one translation
 * for the query, the exports and the analysis, so that what a reader may see cannot differ between them.
 */
public final class NeedCriteria {

    private final StringBuilder where;
    private final Parameters parameters;

    private NeedCriteria(StringBuilder where, Parameters parameters) {
        this.where = where;
        this.parameters = parameters;
    }

    /** The needs the reader may see (consent, own country), filtered. */
    public static NeedCriteria visibleTo(NeedReader reader, NeedFilter filter) {
        NeedCriteria criteria = reader.seesEverything()
                ? new NeedCriteria(new StringBuilder("1 = 1"), new Parameters())
                : new NeedCriteria(new StringBuilder("(consent in :visible or country = :own)"),
                        Parameters.with("visible", reader.visibleConsents()).and("own", reader.country().orElse("")));
        return criteria.filteredBy(filter);
    }

    /** Every need, filtered: for public aggregates, which count needs of any consent without naming a country. */
    public static NeedCriteria everyNeed(NeedFilter filter) {
        return new NeedCriteria(new StringBuilder("1 = 1"), new Parameters()).filteredBy(filter);
    }

    private NeedCriteria filteredBy(NeedFilter filter) {
        and("country = :country", "country", filter.country);
        and("instrument = :instrument", "instrument", filter.instrument);
        and("taType = :taType", "taType", filter.taType);
        and("taSubtype = :taSubtype", "taSubtype", filter.taSubtype);
        and("thematicArea = :area", "area", filter.thematicArea);
        and("priority = :priority", "priority", filter.priority);
        and("cycleId = :cycle", "cycle", filter.cycleId == null ? null : java.util.UUID.fromString(filter.cycleId));
        and("status = :status", "status", filter.status == null ? null : Need.Status.valueOf(filter.status));
        and("source = :source", "source", filter.source == null ? null : NeedSource.valueOf(filter.source));
        and("array_contains(beneficiaryGroups, :group)", "group", filter.beneficiaryGroup);
        if (filter.text != null && !filter.text.isBlank()) {
            and("lower(description) like :text", "text", "%" + filter.text.toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.region != null) {
            and("country in :inRegion", "inRegion", countriesWhere(c -> c.isIn(filter.region)));
        }
        if (filter.regionalGroup != null) {
            and("country in :inGroup", "inGroup", countriesWhere(c -> filter.regionalGroup.equals(c.regionalGroupCode())));
        }
        return this;
    }

    /** Adds a condition with its parameter, unless the value is absent. */
    public NeedCriteria and(String condition, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            parameters.and(name, value);
        }
        return this;
    }

    /** Excludes withdrawn needs unless the filter asks for a status (the analysis counts needs still stated). */
    public NeedCriteria withoutWithdrawnUnless(NeedFilter filter) {
        if (filter.status == null) {
            where.append(" and status <> :withdrawn");
            parameters.and("withdrawn", Need.Status.WITHDRAWN);
        }
        return this;
    }

    public String where() {
        return where.toString();
    }

    public Parameters parameters() {
        return parameters;
    }

    private static List<String> countriesWhere(Predicate<Country> test) {
        List<String> codes = ReferenceData.instance().countries().stream().filter(test).map(Country::code).toList();
        return codes.isEmpty() ? List.of("---") : codes; // "in ()" is not valid SQL: no country matches "---"
    }

}
