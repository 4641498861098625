package org.taplatform.coordination.coverage.model;

import java.math.BigDecimal;
import java.util.UUID;

/** A pledge to the need (or to its country and subtype), with its status: PLEDGED, COMMITTED, DISBURSED. */
public record PledgeFact(UUID needId, String donor, BigDecimal amount, String currency, String status) {
}
