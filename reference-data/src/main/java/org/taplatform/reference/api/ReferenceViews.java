package org.taplatform.reference.api;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the reference endpoints return: stable codes, the name in the requested language, and all six names. */
public final class ReferenceViews {

    private ReferenceViews() {
    }

    @Schema(description = "A State or other party to the Convention")
    public record CountryView(
            @Schema(example = "KEN") String code,
            @Schema(example = "KE") String iso2,
            @Schema(example = "Kenya") String name,
            String kind,
            @Schema(description = "UN M49 region", example = "002") String region,
            @Schema(description = "UN M49 sub-region", example = "202") String subRegion,
            @Schema(description = "UN M49 intermediate region, where M49 has one", example = "014") String intermediateRegion,
            @Schema(example = "AFRICAN") String regionalGroup,
            @Schema(description = "the UN's name in each of the six languages (M49)") Map<String, String> names,
            @Schema(description = "the name in common use, where it differs from the UN's (\"Moldova\" for Republic of Moldova); search finds it too", example = "Moldova") String commonName) {
    }

    public record RegionView(@Schema(example = "014") String code, @Schema(example = "Eastern Africa") String name, @Schema(example = "SUB_REGION") String level, String parent, Map<String, String> names) {
    }

    public record CodeView(@Schema(example = "MONEY_LAUNDERING") String code, @Schema(example = "Money-laundering") String name, Map<String, String> names) {
    }

    public record InstrumentView(@Schema(example = "TIP") String code, @Schema(example = "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children") String name, String supplements, Map<String, String> names) {
    }

    public record TaSubtypeView(String code, String name, List<String> instruments, Map<String, String> names) {
    }

    public record TaTypeView(@Schema(example = "LEGAL") String code, @Schema(example = "Legal assistance") String name, List<String> instruments, Map<String, String> names,
            List<TaSubtypeView> subtypes) {
    }

    public record LanguageView(@Schema(example = "fr") String code, @Schema(example = "French") String name, @Schema(example = "true") boolean unOfficial, Map<String, String> names) {
    }
}
