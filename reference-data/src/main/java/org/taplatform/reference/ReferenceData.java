package org.taplatform.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The platform's single source of truth for codes: countries and other parties, UN M49 regions, UN regional
 * groups, instruments, the TA taxonomy, thematic areas, beneficiary groups and languages, each with labels in the six UN languages.
 * <p>
 * Immutable and loaded once from the library's own resources; names of countries, regions and languages
 * come from the JDK's CLDR locale data (see docs/decisions/0003-reference-data.md), the rest from JSON
 * files beside this class.
 */
public final class ReferenceData {

    private static final String PREFIX = "/org/taplatform/reference/";

    private final Map<String, Country> countries;
    private final Map<String, Region> regions;
    private final Map<String, RegionalGroup> regionalGroups;
    private final Map<String, Instrument> instruments;
    private final Map<String, TaType> taTypes;
    private final Map<String, TaSubtype> taSubtypes;
    private final Map<String, Language> languages;
    private final Map<String, Term> thematicAreas;
    private final Map<String, Term> beneficiaryGroups;
    /**
     * The currencies a pledge or a budget may be in: ISO 4217's current codes (currencies.json, from Debian's
     * iso-codes) without what is no money to pay in (metals, bond market units, fund codes such as USN, XTS, XXX,
     * units of account). The JDK's {@code Currency} also knows withdrawn codes, so it cannot say this.
     */
    private final Set<String> currencies;
    /** When the reference data last changed (vocabularies.json's edition): the asOf of its lists. */
    private final java.time.Instant edition;

    private ReferenceData() {
        ObjectMapper json = new ObjectMapper();
        JsonNode countryFile = read(json, "countries.json");
        Map<String, Labels> overrides = new HashMap<>();
        countryFile.get("labelOverrides").properties()
                .forEach(e -> overrides.put(e.getKey(), labels(e.getValue())));
        this.regions = loadRegions(countryFile, overrides);
        this.regionalGroups = new LinkedHashMap<>();
        countryFile.get("regionalGroups").properties()
                .forEach(e -> regionalGroups.put(e.getKey(), new RegionalGroup(e.getKey(), labels(e.getValue()))));
        Map<String, Labels> unNames = new HashMap<>();
        read(json, "un-country-names.json").get("names").properties()
                .forEach(e -> unNames.put(e.getKey(), labels(e.getValue())));
        this.countries = loadCountries(countryFile, overrides, unNames);
        this.instruments = loadInstruments(read(json, "instruments.json"));
        this.taTypes = loadTaxonomy(read(json, "ta-taxonomy.json"));
        this.taSubtypes = taTypes.values().stream().flatMap(t -> t.subtypes().stream())
                .collect(Collectors.toMap(TaSubtype::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.languages = loadLanguages();
        JsonNode vocabularies = read(json, "vocabularies.json");
        this.thematicAreas = loadTerms(vocabularies.get("thematicAreas"));
        this.beneficiaryGroups = loadTerms(vocabularies.get("beneficiaryGroups"));
        this.edition = java.time.Instant.parse(vocabularies.get("edition").asText());
        Set<String> codes = new java.util.TreeSet<>();
        read(json, "currencies.json").path("currencies").forEach(c -> codes.add(c.path("code").asText()));
        this.currencies = java.util.Collections.unmodifiableSet(codes);
    }

    private static final class Holder {
        private static final ReferenceData INSTANCE = new ReferenceData();
    }

    public static ReferenceData instance() {
        return Holder.INSTANCE;
    }

    // ---- countries and regions

    /** When the reference data last changed: the asOf of every reference list. */
    public java.time.Instant edition() {
        return edition;
    }

    public Collection<Country> countries() {
        return countries.values();
    }

    public Optional<Country> country(String code) {
        return Optional.ofNullable(code == null ? null : countries.get(code));
    }

    public boolean isCountry(String code) {
        return code != null && countries.containsKey(code);
    }

    public Collection<Region> regions() {
        return regions.values();
    }

    public Optional<Region> region(String m49Code) {
        return Optional.ofNullable(m49Code == null ? null : regions.get(m49Code));
    }

    public Collection<RegionalGroup> regionalGroups() {
        return regionalGroups.values();
    }

    public Optional<RegionalGroup> regionalGroup(String code) {
        return Optional.ofNullable(code == null ? null : regionalGroups.get(code));
    }

    // ---- currencies

    public Set<String> currencies() {
        return currencies;
    }

    public boolean isCurrency(String code) {
        return code != null && currencies.contains(code);
    }

    // ---- instruments and taxonomy

    public Collection<Instrument> instruments() {
        return instruments.values();
    }

    public Optional<Instrument> instrument(String code) {
        return Optional.ofNullable(code == null ? null : instruments.get(code));
    }

    public boolean isInstrument(String code) {
        return code != null && instruments.containsKey(code);
    }

    public Collection<TaType> taTypes() {
        return taTypes.values();
    }

    public Optional<TaType> taType(String code) {
        return Optional.ofNullable(code == null ? null : taTypes.get(code));
    }

    public Optional<TaSubtype> taSubtype(String code) {
        return Optional.ofNullable(code == null ? null : taSubtypes.get(code));
    }

    public boolean isTaSubtype(String code) {
        return code != null && taSubtypes.containsKey(code);
    }

    // ---- thematic areas and beneficiary groups

    public Collection<Term> thematicAreas() {
        return thematicAreas.values();
    }

    public Optional<Term> thematicArea(String code) {
        return Optional.ofNullable(code == null ? null : thematicAreas.get(code));
    }

    public Optional<Term> beneficiaryGroup(String code) {
        return Optional.ofNullable(code == null ? null : beneficiaryGroups.get(code));
    }

    public boolean isThematicArea(String code) {
        return code != null && thematicAreas.containsKey(code);
    }

    public Collection<Term> beneficiaryGroups() {
        return beneficiaryGroups.values();
    }

    public boolean isBeneficiaryGroup(String code) {
        return code != null && beneficiaryGroups.containsKey(code);
    }

    // ---- languages

    public Collection<Language> languages() {
        return languages.values();
    }

    /** True for a well-formed BCP 47 tag whose primary language is a known ISO 639-1 language ({@code fr}, {@code pt-BR}). */
    public boolean isLanguageTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return false;
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            return languages.containsKey(locale.getLanguage());
        } catch (IllformedLocaleException malformed) {
            return false;
        }
    }

    // ---- loading

    private static JsonNode read(ObjectMapper json, String file) {
        try (InputStream in = ReferenceData.class.getResourceAsStream(PREFIX + file)) {
            if (in == null) {
                throw new IllegalStateException("reference data file missing from the classpath: " + file);
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference data file " + file, e);
        }
    }

    private static Labels labels(JsonNode node) {
        Map<String, String> byTag = new LinkedHashMap<>();
        node.properties().forEach(e -> byTag.put(e.getKey(), e.getValue().asText()));
        return Labels.ofTags(byTag);
    }

    /** CLDR's name of a territory (ISO alpha-2 or M49 numeric code) in each UN language. */
    private static Labels cldrTerritoryNames(String territory) {
        Locale place = new Locale.Builder().setRegion(territory).build();
        Map<UnLanguage, String> names = new EnumMap<>(UnLanguage.class);
        for (UnLanguage language : UnLanguage.values()) {
            names.put(language, place.getDisplayCountry(language.locale()));
        }
        return new Labels(names);
    }

    private static Map<String, Region> loadRegions(JsonNode file, Map<String, Labels> overrides) {
        Map<String, String> parents = new LinkedHashMap<>();
        file.get("regions").forEach(r -> parents.put(r.get("code").asText(), textOrNull(r.get("parent"))));
        Map<String, Region> result = new LinkedHashMap<>();
        parents.forEach((code, parent) -> {
            Region.Level level = parent == null ? Region.Level.REGION
                    : parents.get(parent) == null ? Region.Level.SUB_REGION : Region.Level.INTERMEDIATE_REGION;
            Labels names = overrides.getOrDefault(code, cldrTerritoryNames(code));
            result.put(code, new Region(code, parent, level, names));
        });
        return result;
    }

    private Map<String, Country> loadCountries(JsonNode file, Map<String, Labels> overrides,
            Map<String, Labels> unNames) {
        Map<String, String> alpha3ToAlpha2 = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            alpha3ToAlpha2.put(new Locale.Builder().setRegion(alpha2).build().getISO3Country(), alpha2);
        }
        List<Country> all = new ArrayList<>();
        for (JsonNode group : file.get("memberStates")) {
            String region = group.get("region").asText();
            String regionalGroup = group.get("group").asText();
            for (JsonNode code : group.get("codes")) {
                String alpha3 = code.asText();
                String alpha2 = alpha3ToAlpha2.get(alpha3);
                if (alpha2 == null) {
                    throw new IllegalStateException("not an ISO 3166-1 alpha-3 code: " + alpha3);
                }
                all.add(country(alpha3, alpha2, CountryKind.MEMBER_STATE, region, regionalGroup, overrides, unNames));
            }
        }
        for (JsonNode party : file.get("otherParties")) {
            all.add(country(party.get("code").asText(), party.get("iso2").asText(),
                    CountryKind.valueOf(party.get("kind").asText()), textOrNull(party.get("region")),
                    textOrNull(party.get("group")), overrides, unNames));
        }
        all.sort(Comparator.comparing(Country::code));
        Map<String, Country> result = new LinkedHashMap<>();
        all.forEach(c -> result.put(c.code(), c));
        return result;
    }

    private Country country(String alpha3, String alpha2, CountryKind kind, String smallestArea, String group,
            Map<String, Labels> overrides, Map<String, Labels> unNames) {
        List<String> path = new ArrayList<>();
        for (String area = smallestArea; area != null; area = regions.get(area).parentCode()) {
            if (!regions.containsKey(area)) {
                throw new IllegalStateException("unknown M49 area " + area + " for " + alpha3);
            }
            path.add(0, area);
        }
        if (group != null && !regionalGroups.containsKey(group)) {
            throw new IllegalStateException("unknown regional group " + group + " for " + alpha3);
        }
        // the UN's own name (M49) where it has one; CLDR's common name, where it differs, is kept for search
        Labels common = alpha2 == null ? overrides.get(alpha3) : cldrTerritoryNames(alpha2);
        Labels names = unNames.getOrDefault(alpha3, overrides.getOrDefault(alpha3, common));
        return new Country(alpha3, alpha2, kind, path.size() > 0 ? path.get(0) : null,
                path.size() > 1 ? path.get(1) : null, path.size() > 2 ? path.get(2) : null, group, names,
                common == null ? names : common);
    }

    private static Map<String, Instrument> loadInstruments(JsonNode file) {
        Map<String, Instrument> result = new LinkedHashMap<>();
        file.forEach(i -> result.put(i.get("code").asText(),
                new Instrument(i.get("code").asText(), textOrNull(i.get("supplements")), labels(i.get("labels")))));
        return result;
    }

    private Map<String, TaType> loadTaxonomy(JsonNode file) {
        Map<String, TaType> result = new LinkedHashMap<>();
        for (JsonNode type : file.get("types")) {
            String typeCode = type.get("code").asText();
            Set<String> typeInstruments = instrumentCodes(type.get("instruments"), typeCode);
            List<TaSubtype> subtypes = new ArrayList<>();
            for (JsonNode subtype : type.get("subtypes")) {
                String code = subtype.get("code").asText();
                if (!code.startsWith(typeCode + ".")) {
                    throw new IllegalStateException("subtype " + code + " must start with its type " + typeCode);
                }
                Set<String> applies = subtype.has("instruments")
                        ? instrumentCodes(subtype.get("instruments"), code) : typeInstruments;
                subtypes.add(new TaSubtype(code, typeCode, applies, labels(subtype.get("labels"))));
            }
            result.put(typeCode, new TaType(typeCode, typeInstruments, labels(type.get("labels")), List.copyOf(subtypes)));
        }
        return result;
    }

    private Set<String> instrumentCodes(JsonNode array, String owner) {
        Set<String> codes = new LinkedHashSet<>();
        array.forEach(node -> {
            if (!instruments.containsKey(node.asText())) {
                throw new IllegalStateException("unknown instrument " + node.asText() + " in " + owner);
            }
            codes.add(node.asText());
        });
        return Set.copyOf(codes);
    }

    private static Map<String, Term> loadTerms(JsonNode array) {
        Map<String, Term> result = new LinkedHashMap<>();
        array.forEach(term -> result.put(term.get("code").asText(),
                new Term(term.get("code").asText(), labels(term.get("labels")))));
        return result;
    }

    private static Map<String, Language> loadLanguages() {
        Map<String, Language> result = new LinkedHashMap<>();
        for (String code : Locale.getISOLanguages()) {
            Locale language = Locale.forLanguageTag(code);
            Map<UnLanguage, String> names = new EnumMap<>(UnLanguage.class);
            for (UnLanguage in : UnLanguage.values()) {
                names.put(in, language.getDisplayLanguage(in.locale()));
            }
            result.put(code, new Language(code, UnLanguage.ofTag(code).isPresent(), new Labels(names)));
        }
        return result;
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
