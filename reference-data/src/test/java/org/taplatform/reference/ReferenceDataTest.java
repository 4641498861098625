package org.taplatform.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class ReferenceDataTest {

    private final ReferenceData data = ReferenceData.instance();

    @Test
    void shouldListEveryUnMemberStateOnceWithTheOtherParties() {
        Map<CountryKind, Long> byKind = data.countries().stream()
                .collect(Collectors.groupingBy(Country::kind, Collectors.counting()));
        assertThat(byKind).containsEntry(CountryKind.MEMBER_STATE, 193L)
                .containsEntry(CountryKind.OBSERVER_STATE, 2L)
                .containsEntry(CountryKind.NON_MEMBER_STATE, 2L)
                .containsEntry(CountryKind.REGIONAL_ECONOMIC_INTEGRATION_ORGANIZATION, 1L);
        assertThat(data.isCountry("COK")).isTrue();
        assertThat(data.isCountry("NIU")).isTrue();
        assertThat(data.isCountry("XKX")).isFalse();
        assertThat(data.isCountry("ken")).as("codes are upper case").isFalse();
    }

    @Test
    void shouldPlaceKenyaInEasternAfricaAndTheAfricanGroup() {
        Country kenya = data.country("KEN").orElseThrow();
        assertThat(kenya.iso2()).isEqualTo("KE");
        assertThat(kenya.regionCode()).isEqualTo("002");
        assertThat(kenya.subRegionCode()).isEqualTo("202");
        assertThat(kenya.intermediateRegionCode()).isEqualTo("014");
        assertThat(kenya.regionalGroupCode()).isEqualTo("AFRICAN");
        assertThat(kenya.isIn("202")).isTrue();
        assertThat(kenya.isIn("150")).isFalse();
    }

    @Test
    void shouldCountTheFiveRegionalGroupsAsTheUnDoes() {
        Map<String, Long> byGroup = data.countries().stream()
                .filter(c -> c.kind() == CountryKind.MEMBER_STATE)
                .collect(Collectors.groupingBy(Country::regionalGroupCode, Collectors.counting()));
        // 28 WEOG members plus the United States, which takes part in WEOG's work
        assertThat(byGroup).containsExactlyInAnyOrderEntriesOf(Map.of("AFRICAN", 54L, "ASIA_PACIFIC", 54L,
                "EASTERN_EUROPEAN", 23L, "LATIN_AMERICAN_CARIBBEAN", 33L, "WESTERN_EUROPEAN_OTHER", 29L));
    }

    @Test
    void shouldNameEveryCountryRegionAndGroupInAllSixLanguages() {
        data.countries().forEach(c -> assertThat(c.names().isComplete()).as(c.code()).isTrue());
        data.regions().forEach(r -> assertThat(r.names().isComplete()).as(r.code()).isTrue());
        data.regionalGroups().forEach(g -> assertThat(g.names().isComplete()).as(g.code()).isTrue());
        assertThat(data.country("PSE").orElseThrow().names().in(UnLanguage.EN)).isEqualTo("State of Palestine");
        assertThat(data.country("VAT").orElseThrow().names().in(UnLanguage.FR)).isEqualTo("Saint-Siège");
        assertThat(data.country("KEN").orElseThrow().names().in(UnLanguage.ZH)).isEqualTo("肯尼亚");
        assertThat(data.region("419").orElseThrow().names().in(UnLanguage.EN)).isEqualTo("Latin America and the Caribbean");
    }

    @Test
    void shouldNameCountriesAsTheUnDoesAndKeepTheCommonNameForSearch() {
        Country moldova = data.country("MDA").orElseThrow();
        assertThat(moldova.names().in(UnLanguage.EN)).isEqualTo("Republic of Moldova");
        assertThat(moldova.names().in(UnLanguage.FR)).isEqualTo("République de Moldova");
        assertThat(moldova.commonName(UnLanguage.EN)).contains("Moldova");
        Country bolivia = data.country("BOL").orElseThrow();
        assertThat(bolivia.names().byTag()).containsEntry("en", "Bolivia (Plurinational State of)")
                .containsEntry("es", "Bolivia (Estado Plurinacional de)")
                .containsEntry("fr", "Bolivie (État plurinational de)")
                .containsEntry("ru", "Боливия (Многонациональное Государство)")
                .containsEntry("zh", "多民族玻利维亚国").containsEntry("ar", "بوليفيا (دولة - المتعددة القوميات)");
        assertThat(data.country("LAO").orElseThrow().names().in(UnLanguage.EN))
                .isEqualTo("Lao People's Democratic Republic");
        assertThat(data.country("PRK").orElseThrow().names().in(UnLanguage.EN))
                .isEqualTo("Democratic People's Republic of Korea");
        assertThat(data.country("COD").orElseThrow().names().in(UnLanguage.EN))
                .isEqualTo("Democratic Republic of the Congo");
        assertThat(data.country("CIV").orElseThrow().names().in(UnLanguage.EN)).isEqualTo("Côte d’Ivoire");
        assertThat(data.country("COK").orElseThrow().names().in(UnLanguage.RU)).isEqualTo("Острова Кука");
        assertThat(data.country("KEN").orElseThrow().commonName(UnLanguage.EN)).isEmpty();
        // found by the UN name, the common name, in any language, whatever the case, accents and apostrophes
        assertThat(data.countries().stream().filter(c -> c.matches("moldova")).map(Country::code))
                .containsExactly("MDA");
        assertThat(data.countries().stream().filter(c -> c.matches("Laos")).map(Country::code))
                .containsExactly("LAO", "PLW"); // and Palau, "Palaos" in Spanish
        assertThat(data.countries().stream().filter(c -> c.matches("cote d'ivoire")).map(Country::code))
                .containsExactly("CIV");
        assertThat(data.countries().stream().filter(c -> c.matches("Турция")).map(Country::code))
                .containsExactly("TUR");
        assertThat(data.countries().stream().filter(c -> c.matches("ken")).map(Country::code)).contains("KEN");
    }

    @Test
    void shouldHoldTheTaxonomyOfTheOverviewWithInstrumentSpecificSubtypes() {
        assertThat(data.taTypes()).extracting(TaType::code).containsExactly("REPORTING", "STRATEGY", "DATA", "LEGAL",
                "TRAINING", "COOPERATION", "VICTIMS", "RESOURCES");
        data.taTypes().forEach(t -> {
            assertThat(t.names().isComplete()).as(t.code()).isTrue();
            t.subtypes().forEach(s -> assertThat(s.names().isComplete()).as(s.code()).isTrue());
        });
        TaSubtype marking = data.taSubtype("TRAINING.FIREARMS_MARKING").orElseThrow();
        assertThat(marking.appliesTo("FIREARMS")).isTrue();
        assertThat(marking.appliesTo("TIP")).isFalse();
        assertThat(data.taSubtype("LEGAL.DRAFTING").orElseThrow().appliesTo("SOM")).isTrue();
        assertThat(data.isTaSubtype("LEGAL")).as("a type is not a subtype").isFalse();
    }

    @Test
    void shouldNameTheFourInstrumentsInAllSixLanguages() {
        assertThat(data.instruments()).extracting(Instrument::code).containsExactly("UNTOC", "TIP", "SOM", "FIREARMS");
        data.instruments().forEach(i -> assertThat(i.names().isComplete()).as(i.code()).isTrue());
        assertThat(data.instrument("TIP").orElseThrow().supplements()).isEqualTo("UNTOC");
    }

    @Test
    void shouldNameThematicAreasAndBeneficiaryGroupsInAllSixLanguages() {
        assertThat(data.thematicAreas()).hasSize(14);
        assertThat(data.beneficiaryGroups()).hasSize(9);
        data.thematicAreas().forEach(t -> assertThat(t.names().isComplete()).as(t.code()).isTrue());
        data.beneficiaryGroups().forEach(t -> assertThat(t.names().isComplete()).as(t.code()).isTrue());
        assertThat(data.isThematicArea("MUTUAL_LEGAL_ASSISTANCE")).isTrue();
        assertThat(data.isBeneficiaryGroup("PROSECUTORS")).isTrue();
        assertThat(data.isBeneficiaryGroup("ASTRONAUTS")).isFalse();
    }

    @Test
    void shouldAcceptWellFormedLanguageTagsOfKnownLanguagesOnly() {
        assertThat(data.isLanguageTag("fr")).isTrue();
        assertThat(data.isLanguageTag("pt-BR")).isTrue();
        assertThat(data.isLanguageTag("zh-Hans")).isTrue();
        assertThat(data.isLanguageTag("xx")).isFalse();
        assertThat(data.isLanguageTag("not a tag")).isFalse();
        assertThat(data.languages().stream().filter(Language::unOfficial).count()).isEqualTo(6);
    }

    @Test
    void shouldNegotiateTheBestUnLanguageFromAcceptLanguage() {
        assertThat(UnLanguage.negotiate("de-CH, fr;q=0.8, en;q=0.5")).isEqualTo(UnLanguage.FR);
        assertThat(UnLanguage.negotiate("zh-Hans-CN")).isEqualTo(UnLanguage.ZH);
        assertThat(UnLanguage.negotiate("de")).isEqualTo(UnLanguage.EN);
        assertThat(UnLanguage.negotiate("ar;q=0, ru")).isEqualTo(UnLanguage.RU);
        assertThat(UnLanguage.negotiate(";;;")).isEqualTo(UnLanguage.EN);
        assertThat(UnLanguage.negotiate(null)).isEqualTo(UnLanguage.EN);
    }

    @Test
    void shouldFallBackToEnglishForAMissingTranslation() {
        Labels partial = Labels.ofTags(Map.of("en", "Legal assistance", "fr", "Assistance juridique"));
        assertThat(partial.in(UnLanguage.FR)).isEqualTo("Assistance juridique");
        assertThat(partial.in(UnLanguage.AR)).isEqualTo("Legal assistance");
        assertThat(partial.isComplete()).isFalse();
    }
}
