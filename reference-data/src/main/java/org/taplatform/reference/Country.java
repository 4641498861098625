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
        Labels names) {

    /** True when the country lies in the M49 area, whatever its level (region, sub-region, intermediate region). */
    public boolean isIn(String m49Code) {
        return m49Code != null && (m49Code.equals(regionCode) || m49Code.equals(subRegionCode)
                || m49Code.equals(intermediateRegionCode));
    }
}
