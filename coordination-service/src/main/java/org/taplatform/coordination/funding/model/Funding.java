package org.taplatform.coordination.funding.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;

/**
 * Money toward something, by currency and by stage, each flow counted once at the stage it has reached (as OCHA's
 * Financial Tracking Service counts a flow): pledged (promised, not yet committed), committed (not yet paid) and paid.
 * Currencies are never converted: the platform holds no exchange rates a donor would recognise.
 */
public final class Funding {

    private final Map<String, BigDecimal> pledged = new TreeMap<>();
    private final Map<String, BigDecimal> committed = new TreeMap<>();
    private final Map<String, BigDecimal> paid = new TreeMap<>();

    public Map<String, BigDecimal> pledged() {
        return rounded(pledged);
    }

    public Map<String, BigDecimal> committed() {
        return rounded(committed);
    }

    public Map<String, BigDecimal> paid() {
        return rounded(paid);
    }

    /** Committed and paid: what FTS calls funding (pledges are shown apart). */
    public Map<String, BigDecimal> funded() {
        Map<String, BigDecimal> funded = new TreeMap<>(committed);
        paid.forEach((currency, amount) -> funded.merge(currency, amount, BigDecimal::add));
        return rounded(funded);
    }

    void pledge(String currency, BigDecimal amount) {
        pledged.merge(currency, amount, BigDecimal::add);
    }

    void commit(String currency, BigDecimal amount) {
        committed.merge(currency, amount, BigDecimal::add);
    }

    void pay(String currency, BigDecimal amount) {
        paid.merge(currency, amount, BigDecimal::add);
    }

    void add(Funding other) {
        other.pledged.forEach(this::pledge);
        other.committed.forEach(this::commit);
        other.paid.forEach(this::pay);
    }

    /**
     * An activity's money, a share of it: each currency counted once, at its furthest stage (a disbursement pays
     * what a commitment promised, so committed is what is left of the commitment once paid).
     */
    void addActivity(ActivityMoney money, BigDecimal share) {
        java.util.Set<String> currencies = new java.util.TreeSet<>(money.committed().keySet());
        currencies.addAll(money.paid().keySet());
        for (String currency : currencies) {
            BigDecimal commitment = money.committed().getOrDefault(currency, BigDecimal.ZERO);
            BigDecimal payments = money.paid().getOrDefault(currency, BigDecimal.ZERO);
            BigDecimal open = commitment.subtract(payments).max(BigDecimal.ZERO);
            if (payments.signum() > 0) {
                pay(currency, payments.multiply(share));
            }
            if (open.signum() > 0) {
                commit(currency, open.multiply(share));
            }
        }
    }

    private static Map<String, BigDecimal> rounded(Map<String, BigDecimal> amounts) {
        Map<String, BigDecimal> rounded = new TreeMap<>();
        amounts.forEach((currency, amount) -> rounded.put(currency, amount.setScale(2, RoundingMode.HALF_UP)));
        return rounded;
    }
}
