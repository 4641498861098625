package org.taplatform.coordination.funding.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An activity's money as its transactions report it, by currency: what was committed (IATI transaction types 2
 * outgoing commitment and 11 incoming commitment) and what was paid (3 disbursement, 1 incoming funds), and its
 * recipient countries' shares in percent. Expenditure (4) is not counted: it spends money already paid in.
 */
public record ActivityMoney(Map<String, BigDecimal> committed, Map<String, BigDecimal> paid,
        Map<String, BigDecimal> countryShares) {

    /** One transaction as far as funding goes: its IATI TransactionType and its value. */
    public record Flow(String type, BigDecimal amount, String currency) {
    }

    public static final ActivityMoney NONE = new ActivityMoney(Map.of(), Map.of(), Map.of());

    public ActivityMoney {
        committed = committed == null ? Map.of() : committed;
        paid = paid == null ? Map.of() : paid;
        countryShares = countryShares == null ? Map.of() : countryShares;
    }

    public static ActivityMoney of(List<Flow> flows, Map<String, BigDecimal> countryShares) {
        Map<String, BigDecimal> committed = new TreeMap<>();
        Map<String, BigDecimal> paid = new TreeMap<>();
        for (Flow flow : flows) {
            switch (flow.type()) {
                case "2", "11" -> committed.merge(flow.currency(), flow.amount(), BigDecimal::add);
                case "1", "3" -> paid.merge(flow.currency(), flow.amount(), BigDecimal::add);
                default -> {
                    // expenditure, loans, reimbursements …: not funding of the work
                }
            }
        }
        return new ActivityMoney(committed, paid, new TreeMap<>(countryShares));
    }

    /** Reports money of its own (else the pledges recorded to it stand for it). */
    public boolean reportsMoney() {
        return !committed.isEmpty() || !paid.isEmpty();
    }
}
