package org.taplatform.reference;

/** One of the five UN regional groups of Member States. */
public record RegionalGroup(String code, Labels names) {
}
