package org.taplatform.registry.organisation;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taplatform.reference.validation.CountryCode;
import org.taplatform.reference.validation.LanguageTag;
import org.taplatform.reference.validation.RegionCode;
import org.taplatform.registry.iati.OrganisationIdentifier;

/** An organisation's profile as its people or a coordinator give it. */
@Schema(example = """
        {"identifier": "XM-DAC-41114", "kind": "MULTILATERAL", "names": {"en": "United Nations Development Programme",
         "fr": "Programme des Nations Unies pour le développement"}, "countries": ["KEN", "UGA"], "regions": ["014"],
         "languages": ["en", "fr", "sw"], "website": "https://www.undp.org"}""")
public record OrganisationRequest(
        @NotBlank @OrganisationIdentifier String identifier,
        @NotNull OrganisationKind kind,
        @Pattern(regexp = "\\d{2}", message = "must be an IATI OrganisationType code such as 10, 21, 40, 80")
        @Schema(description = "IATI OrganisationType; by default the kind's usual one (10 for a donor State agency, 40 multilateral, ...)") String iatiType,
        @NotEmpty @Size(max = 20) @Schema(description = "name by BCP 47 language tag; at least one") Map<@NotBlank @LanguageTag String, @NotBlank @Size(max = 300) String> names,
        @Size(max = 250) List<@NotNull @CountryCode String> countries,
        @Size(max = 50) List<@NotNull @RegionCode String> regions,
        @Size(max = 30) List<@NotNull @LanguageTag String> languages,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http or https address") String website,
        @Size(max = 20) @Schema(description = "registered organisations the registrant confirms this one is not, after a 409 probable-duplicate named them") List<@NotBlank @Size(max = 100) String> distinctFrom,
        @OrganisationIdentifier @Schema(description = "the registered organisation this one is a unit of (a UNODC field office: UNODC, XM-DAC-41128); the unit's identifier is that organisation's followed by a hyphen and the unit's code", example = "XM-DAC-41128") String unitOf) {

    public OrganisationRequest(String identifier, OrganisationKind kind, String iatiType, Map<String, String> names,
            List<String> countries, List<String> regions, List<String> languages, String website) {
        this(identifier, kind, iatiType, names, countries, regions, languages, website, List.of(), null);
    }
}
