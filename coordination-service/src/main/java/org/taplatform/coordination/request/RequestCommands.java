package org.taplatform.coordination.request;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taplatform.reference.validation.CurrencyCode;
import org.taplatform.reference.validation.CountryCode;
import org.taplatform.reference.validation.LanguageTag;

/** The bodies of the request workflow's commands. */
public final class RequestCommands {

    private RequestCommands() {
    }

    @Schema(name = "TaRequestSubmission", description = "A State asks for assistance with some of its needs")
    public record Submission(@NotNull @CountryCode @Schema(examples = "KEN") String country,
            @NotEmpty @Size(max = 50) @Schema(description = "needs of that country, as registered in needs-service") List<@NotNull UUID> needIds,
            @NotBlank @Size(max = 4000) @Schema(examples = "Help drafting the regulations that implement the new law on mutual legal assistance, and training for the central authority's staff") String summary) {
    }

    @Schema(name = "TaRequestForwarding", description = "The organisations the coordinator sends the request to (added to those it went to before)")
    public record Forwarding(@NotEmpty @Size(max = 50) @Schema(examples = "[\"XM-DAC-41119\", \"GB-GOV-1\"]") List<@NotBlank @Size(max = 100) String> organisations,
            @Size(max = 2000) @Schema(examples = "Best matches for MLA drafting in East Africa") String note) {
    }

    @Schema(name = "TaOfferProposal", description = "What an organisation offers: title and scope in one language, dates, and optionally a budget")
    public record Proposal(@NotNull @LanguageTag @Schema(examples = "en") String language,
            @NotBlank @Size(max = 500) @Schema(examples = "Drafting support for MLA regulations, Kenya") String title,
            @NotBlank @Size(max = 10000) @Schema(examples = "Two drafting workshops with the Office of the Attorney General; review of the draft by our legal experts") String scope,
            @NotNull @Schema(examples = "2027-02-01") LocalDate plannedStart,
            @NotNull @Schema(examples = "2027-09-30") LocalDate plannedEnd,
            @Valid Budget budget) {

        @AssertTrue(message = "must not end before it starts")
        @Schema(hidden = true)
        public boolean isPlannedEndNotBeforeStart() {
            return plannedStart == null || plannedEnd == null || !plannedEnd.isBefore(plannedStart);
        }
    }

    @Schema(name = "RequestBudget")
    public record Budget(@NotNull @PositiveOrZero @Schema(examples = "85000") BigDecimal amount,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code") @CurrencyCode @Schema(examples = "EUR") String currency) {
    }

    @Schema(name = "TaReason", description = "Why (a cancellation, a withdrawal)")
    public record Reason(@NotBlank @Size(max = 2000) @Schema(examples = "The Ministry found national funding") String reason) {
    }
}
