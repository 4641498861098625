package org.taplatform.reference;

import java.util.Set;

/** A subtype of technical assistance, e.g. {@code LEGAL.DRAFTING}; some apply to one instrument only. */
public record TaSubtype(String code, String typeCode, Set<String> instruments, Labels names) {

    public boolean appliesTo(String instrumentCode) {
        return instruments.contains(instrumentCode);
    }
}
