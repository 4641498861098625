package org.taplatform.coordination.index;

import java.math.BigDecimal;
import java.util.UUID;

/** A pledge as the index keeps it. */
public record IndexedPledge(UUID id, String donor, String country, UUID needId, String taSubtype, BigDecimal amount,
        String currency, String status) {

    public boolean isCancelled() {
        return "CANCELLED".equals(status);
    }
}
