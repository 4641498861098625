package org.taplatform.reference;

import java.util.Locale;
import java.util.Optional;

/** The six official languages of the United Nations; every label in the platform exists in each of them. */
public enum UnLanguage {
    AR("ar"), ZH("zh"), EN("en"), FR("fr"), RU("ru"), ES("es");

    public static final UnLanguage FALLBACK = EN;

    private final String tag;

    UnLanguage(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag: {@code ar}, {@code zh}, {@code en}, {@code fr}, {@code ru}, {@code es}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The UN language of a BCP 47 tag such as {@code fr-CH} or {@code zh-Hans}, if it is one. */
    public static Optional<UnLanguage> ofTag(String bcp47) {
        if (bcp47 == null || bcp47.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(bcp47.trim()).getLanguage();
        for (UnLanguage candidate : values()) {
            if (candidate.tag.equals(language)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * The best UN language for an HTTP {@code Accept-Language} header (RFC 9110 weights honoured),
     * English when the header names none of the six.
     */
    public static UnLanguage negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return FALLBACK;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                Optional<UnLanguage> match = ofTag(range.getRange());
                if (match.isPresent() && range.getWeight() > 0) {
                    return match.get();
                }
            }
        } catch (IllegalArgumentException malformedHeader) {
            // a malformed header is not worth a 400: answer in the fallback language
        }
        return FALLBACK;
    }
}
