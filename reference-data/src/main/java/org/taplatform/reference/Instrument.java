package org.taplatform.reference;

/** The Convention ({@code UNTOC}) or one of its Protocols ({@code TIP}, {@code SOM}, {@code FIREARMS}). */
public record Instrument(String code, String supplements, Labels names) {
}
