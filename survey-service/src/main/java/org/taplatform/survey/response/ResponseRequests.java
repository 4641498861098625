package org.taplatform.survey.response;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taplatform.reference.validation.CountryCode;
import org.taplatform.reference.validation.InstrumentCode;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** What clients send to the responses API. */
public final class ResponseRequests {

    static final String UN_LANGUAGE = "ar|zh|en|fr|ru|es";
    static final String UN_LANGUAGE_MESSAGE = "must be one of the six UN languages: ar, zh, en, fr, ru, es";
    static final String ANSWERS_DESCRIPTION = """
            Question code to answer. YES_NO_PARTLY: "YES", "NO" or "PARTLY"; SINGLE_CHOICE: a choice code; \
            MULTIPLE_CHOICE: a list of choice codes; NUMBER: a number; TEXT: text; NEEDS: a list of needs \
            {id (kept from an earlier save), taSubtype, article, thematicArea, beneficiaryGroups, priority, description, consent}.""";

    private ResponseRequests() {
    }

    @Schema(name = "NewResponse", description = "Starts a State's response to one instrument in a reporting cycle")
    public record Create(
            @NotNull @Schema(description = "an open reporting cycle") UUID cycleId,
            @NotNull @CountryCode @Schema(example = "KEN") String country,
            @NotNull @InstrumentCode @Schema(example = "UNTOC") String instrument,
            @NotNull @Pattern(regexp = UN_LANGUAGE, message = UN_LANGUAGE_MESSAGE) @Schema(example = "en") String language) {
    }

    @Schema(description = "The answers so far (a draft may be incomplete)")
    public record SaveAnswers(
            @Pattern(regexp = UN_LANGUAGE, message = UN_LANGUAGE_MESSAGE) @Schema(description = "to change the language of the answers", example = "fr")
            String language,
            @NotNull @Schema(type = SchemaType.OBJECT, implementation = java.util.Map.class, description = ANSWERS_DESCRIPTION, example = "{\"Q1\": \"PARTLY\", \"Q6\": [{\"taSubtype\": \"LEGAL.DRAFTING\", \"article\": \"18(13)\", \"thematicArea\": \"MUTUAL_LEGAL_ASSISTANCE\", \"beneficiaryGroups\": [\"CENTRAL_AUTHORITIES\"], \"priority\": \"HIGH\", \"description\": \"Designate the central authority\", \"consent\": \"PROVIDERS_AND_DONORS\"}]}")
            ObjectNode answers) {
    }

    @Schema(name = "Amendment", description = "A new revision of a submitted response, with the reason")
    public record Amend(
            @Pattern(regexp = UN_LANGUAGE, message = UN_LANGUAGE_MESSAGE) String language,
            @NotNull @Schema(type = SchemaType.OBJECT, implementation = java.util.Map.class, description = ANSWERS_DESCRIPTION) ObjectNode answers,
            @NotBlank @Size(max = 2000) @Schema(example = "The new law on mutual legal assistance was adopted in March") String reason) {
    }

    @Schema(name = "Reopening", description = "Why a coordinator gives a submitted response back for changes")
    public record Reopen(@NotBlank @Size(max = 2000) @Schema(example = "Answers to section 3 are missing") String reason) {
    }
}
