package org.taplatform.registry.tool;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taplatform.reference.validation.BeneficiaryGroupCode;
import org.taplatform.reference.validation.InstrumentCode;
import org.taplatform.reference.validation.TaSubtypeCode;
import org.taplatform.registry.iati.OrganisationIdentifier;

/** A tool as its publisher (or a coordinator) describes it. */
@Schema(example = """
        {"publisher": "XM-DAC-41128-ROEA", "kind": "LEGISLATIVE_GUIDE",
         "titles": {"en": "Legislative guide to the Organized Crime Convention", "fr": "Guide législatif pour l'application de la Convention"},
         "links": {"en": "https://www.unodc.example.org/guides/untoc-en.pdf", "fr": "https://www.unodc.example.org/guides/untoc-fr.pdf"},
         "taSubtypes": ["LEGAL.DRAFTING"], "instruments": ["UNTOC"], "articles": ["UNTOC 5", "UNTOC 18(13)"],
         "audiences": ["PARLIAMENTARIANS", "CENTRAL_AUTHORITIES"], "publishedOn": "2017-06-01"}""")
public record ToolRequest(
        @NotBlank @OrganisationIdentifier String publisher,
        @NotNull ToolKind kind,
        @Schema(description = "title by language (BCP 47)") @NotEmpty @Size(max = 20) Map<String, @NotBlank @Size(max = 500) String> titles,
        @Schema(description = "one http(s) link per language the tool exists in") @NotEmpty @Size(max = 20) Map<String, @NotBlank @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http or https address") String> links,
        @NotEmpty @Size(max = 30) List<@NotNull @TaSubtypeCode String> taSubtypes,
        @NotEmpty @Size(max = 5) List<@NotNull @InstrumentCode String> instruments,
        @Schema(description = "instrument and article: UNTOC 18, UNTOC 18(13), FIREARMS 13(2)") @Size(max = 50) List<@NotNull String> articles,
        @Size(max = 20) List<@NotNull @BeneficiaryGroupCode String> audiences,
        @NotNull @PastOrPresent LocalDate publishedOn) {
}
