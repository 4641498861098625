package org.taplatform.reference;

import java.util.List;
import java.util.Set;

/** A type of technical assistance (first level of the TA taxonomy), e.g. {@code LEGAL}. */
public record TaType(String code, Set<String> instruments, Labels names, List<TaSubtype> subtypes) {
}
