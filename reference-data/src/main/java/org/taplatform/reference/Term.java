package org.taplatform.reference;

/** A code of a flat vocabulary (a thematic area, a beneficiary group) with its names in the six UN languages. */
public record Term(String code, Labels names) {
}
