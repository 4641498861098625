package org.taplatform.coordination.index;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The languages of a country, from the JDK's CLDR locales (every locale that pairs a language with the country:
 * en_KE and sw_KE for Kenya): good enough to tell whether an organisation can deliver there in a local language.
 */
public final class CountryLanguages {

    private static final Map<String, Set<String>> BY_ISO2 = load();

    private CountryLanguages() {
    }

    public static Set<String> of(String iso2) {
        return iso2 == null ? Set.of() : BY_ISO2.getOrDefault(iso2, Set.of());
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> languages = new HashMap<>();
        for (Locale locale : Locale.getAvailableLocales()) {
            if (!locale.getCountry().isEmpty() && !locale.getLanguage().isEmpty()) {
                languages.computeIfAbsent(locale.getCountry(), c -> new HashSet<>()).add(locale.getLanguage());
            }
        }
        return languages;
    }
}
