package org.taplatform.reference;

/**
 * A State or other party, identified by its ISO 3166-1 alpha-3 code ({@code EUU} for the European Union,
 * which has none). Region codes are UN M49; each is null where M49 does not place the party.
 */
public record Country(
        String code,
        String iso2,
        CountryKind kind,
        String regionCode,
        String subRegionCode,
        String intermediateRegionCode,
        String regionalGroupCode,
        Labels names,
        Labels commonNames) {

    /** The name in common use in a language (CLDR's), where it differs from the UN's. */
    public java.util.Optional<String> commonName(UnLanguage language) {
        String common = commonNames.in(language);
        return common == null || common.equals(names.in(language)) ? java.util.Optional.empty()
                : java.util.Optional.of(common);
    }

    /**
     * Whether a search finds it: its code, or part of one of its names, UN or common, in any UN language, whatever
     * the case, the accents and the kind of apostrophe.
     */
    public boolean matches(String query) {
        String wanted = folded(query);
        if (wanted.isEmpty()) {
            return true;
        }
        if (code.equalsIgnoreCase(query.strip()) || iso2 != null && iso2.equalsIgnoreCase(query.strip())) {
            return true;
        }
        return java.util.stream.Stream.concat(names.byLanguage().values().stream(),
                commonNames.byLanguage().values().stream()).anyMatch(name -> folded(name).contains(wanted));
    }

    private static String folded(String text) {
        return TextFolding.fold(text).strip();
    }

    /** True when the country lies in the M49 area, whatever its level (region, sub-region, intermediate region). */
    public boolean isIn(String m49Code) {
        return m49Code != null && (m49Code.equals(regionCode) || m49Code.equals(subRegionCode)
                || m49Code.equals(intermediateRegionCode));
    }
}
