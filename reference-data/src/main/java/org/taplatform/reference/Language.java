package org.taplatform.reference;

/** A language (ISO 639-1 code, used as a BCP 47 primary tag), e.g. for answers or delivery of assistance. */
public record Language(String code, boolean unOfficial, Labels names) {
}
