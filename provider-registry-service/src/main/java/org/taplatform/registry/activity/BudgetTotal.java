package org.taplatform.registry.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.taplatform.events.registry.ActivityFinance.PeriodBudget;

/**
 * An activity's total budget from its budgets by period, as IATI means them to be read: one budget per period, a
 * revised budget (type 2) replacing the original (type 1) of the same period. Budgets in several currencies have no
 * total here (adding them would need exchange rates of the publisher's choosing): the activity then has none.
 */
final class BudgetTotal {

    private BudgetTotal() {
    }

    static Optional<ActivityRequest.Budget> of(List<PeriodBudget> budgets) {
        if (budgets.isEmpty() || budgets.stream().map(b -> b.value().currency()).distinct().count() > 1) {
            return Optional.empty();
        }
        Map<List<LocalDate>, PeriodBudget> byPeriod = new LinkedHashMap<>();
        for (PeriodBudget budget : budgets) {
            byPeriod.merge(List.of(budget.periodStart(), budget.periodEnd()), budget,
                    (kept, other) -> "2".equals(other.type()) || !"2".equals(kept.type()) ? other : kept);
        }
        BigDecimal amount = byPeriod.values().stream().map(b -> b.value().amount()).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        LocalDate valueDate = byPeriod.values().stream().map(b -> b.value().valueDate()).min(LocalDate::compareTo)
                .orElseThrow();
        return Optional.of(new ActivityRequest.Budget(amount, budgets.get(0).value().currency(), valueDate));
    }
}
