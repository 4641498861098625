package org.taplatform.registry.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.taplatform.events.registry.ActivityFinance.PeriodBudget;
import org.taplatform.events.registry.ActivityFinance.PlannedDisbursement;
import org.taplatform.reference.ReferenceData;
import org.taplatform.reference.problem.Problem.Violation;
import org.taplatform.registry.iati.IatiCodes;
import org.taplatform.registry.support.Lists;

/**
 * The rules of an activity beyond single fields (IATI 2.03's rules where it has them): dates in order, recipient
 * percentages adding up to 100 when there are several recipients (countries and regions together), sector percentages
 * likewise, known sectors and currencies, no recipient twice.
 */
final class ActivityRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ActivityRules() {
    }

    /** The rules for an activity registered through the API: every sector must be one this platform names. */
    static List<Violation> check(ActivityRequest activity) {
        return check(activity, true, BigDecimal.ZERO);
    }

    /**
     * The rules; with {@code throughApi} false (an imported IATI file), any well-formed DAC code is kept as its
     * publisher gave it, since the file shares the activity's other sectors too, and a finalised activity without its
     * actual start is kept as published. {@code recipientsLeftOut}: the share
     * of recipients an import left out (regions this platform does not register), which the others' shares leave over.
     */
    static List<Violation> check(ActivityRequest activity, boolean throughApi, BigDecimal recipientsLeftOut) {
        List<Violation> violations = new ArrayList<>();
        if (activity.plannedStart() == null && activity.actualStart() == null) {
            violations.add(body("plannedStart", "an activity needs a planned or an actual start (IATI requires a date)"));
        }
        order(activity.plannedStart(), activity.plannedEnd(), "plannedEnd", violations);
        order(activity.actualStart(), activity.actualEnd(), "actualEnd", violations);
        List<BigDecimal> recipients = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (var country : Lists.nullToEmpty(activity.recipientCountries())) {
            recipients.add(country.percentage());
            if (seen.contains(country.code())) {
                violations.add(body("recipientCountries", country.code() + " is given twice"));
            }
            seen.add(country.code());
        }
        for (var region : Lists.nullToEmpty(activity.recipientRegions())) {
            recipients.add(region.percentage());
            if (seen.contains(region.code())) {
                violations.add(body("recipientRegions", region.code() + " is given twice"));
            }
            seen.add(region.code());
        }
        if (recipients.isEmpty()) {
            violations.add(body("recipientCountries", "an activity needs a recipient country or region"));
        }
        if (recipientsLeftOut.signum() > 0 && !recipients.isEmpty()) {
            recipients.add(recipientsLeftOut);
        }
        shares(recipients, "recipientCountries", "recipient countries and regions", violations);
        List<BigDecimal> sectorShares = new ArrayList<>();
        for (var sector : Lists.nullToEmpty(activity.sectors())) {
            sectorShares.add(sector.percentage());
            if (throughApi && !IatiCodes.DAC_SECTORS.containsKey(sector.code())) {
                violations.add(body("sectors", sector.code() + " is not a DAC sector this platform registers "
                        + IatiCodes.DAC_SECTORS.keySet()));
            }
        }
        shares(sectorShares, "sectors", "sectors", violations);
        if (activity.budget() != null && activity.budget().currency() != null
                && !ReferenceData.instance().isCurrency(activity.budget().currency())) {
            violations.add(body("budget.currency", activity.budget().currency() + " is not a current ISO 4217 currency"));
        }
        finance(activity, violations);
        for (int r = 0; r < Lists.nullToEmpty(activity.results()).size(); r++) {
            var indicators = activity.results().get(r).indicators();
            for (int i = 0; indicators != null && i < indicators.size(); i++) {
                for (int p = 0; p < indicators.get(i).periods().size(); p++) {
                    var period = indicators.get(i).periods().get(p);
                    order(period.start(), period.end(), "results[" + r + "].indicators[" + i + "].periods[" + p
                            + "].end", violations);
                }
            }
        }
        // the platform asks it of what is registered here; an imported file is kept as published (its notes say so)
        if (throughApi && ("3".equals(activity.status()) || "4".equals(activity.status()))
                && activity.actualStart() == null) {
            violations.add(body("actualStart", "a finalised or closed activity (status " + activity.status()
                    + ") has started: give its actual start"));
        }
        return violations;
    }

    /** Every period in order (currencies: @CurrencyCode on each value). */
    private static void finance(ActivityRequest activity, List<Violation> violations) {
        List<PeriodBudget> budgets = Lists.nullToEmpty(activity.budgets());
        for (int i = 0; i < budgets.size(); i++) {
            order(budgets.get(i).periodStart(), budgets.get(i).periodEnd(), "budgets[" + i + "].periodEnd", violations);
        }
        List<PlannedDisbursement> planned = Lists.nullToEmpty(activity.plannedDisbursements());
        for (int i = 0; i < planned.size(); i++) {
            order(planned.get(i).periodStart(), planned.get(i).periodEnd(), "plannedDisbursements[" + i + "].periodEnd",
                    violations);
        }
    }

    private static void order(LocalDate start, LocalDate end, String field, List<Violation> violations) {
        if (start != null && end != null && end.isBefore(start)) {
            violations.add(body(field, "ends (" + end + ") before it starts (" + start + ")"));
        }
    }

    /** One share may be left out (it is then 100 %); several must all be given and add up to 100. */
    private static void shares(List<BigDecimal> shares, String field, String what, List<Violation> violations) {
        if (shares.size() <= 1) {
            return;
        }
        if (shares.stream().anyMatch(java.util.Objects::isNull)) {
            violations.add(body(field, "with several " + what + ", each needs its percentage"));
            return;
        }
        BigDecimal sum = shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(HUNDRED) != 0) {
            violations.add(body(field, "the percentages of the " + what + " add up to " + sum.stripTrailingZeros()
                    .toPlainString() + ", not 100"));
        }
    }

    private static Violation body(String field, String message) {
        return new Violation(field, "body", message);
    }
}
