package org.taplatform.registry.authority;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taplatform.reference.validation.CountryCode;
import org.taplatform.reference.validation.LanguageTag;

/** An entry of the directory as its State's focal point (or a coordinator) writes it. */
@Schema(example = """
        {"country": "KEN", "name": "Office of the Director of Public Prosecutions, International Cooperation Division",
         "designations": ["MLA_CENTRAL_AUTHORITY", "EXTRADITION"], "languages": ["en", "sw"],
         "channels": [{"kind": "EMAIL", "value": "mla@odpp.example.ke"},
                      {"kind": "PHONE", "value": "+254 20 000 0000", "note": "duty officer"}],
         "officeHours": "Mon-Fri 08:00-17:00", "timeZone": "Africa/Nairobi", "lastConfirmedOn": "2026-10-01"}""")
public record AuthorityRequest(
        @NotNull @CountryCode String country,
        @NotBlank @Size(max = 300) String name,
        @NotEmpty @Size(max = 10) List<@NotNull Designation> designations,
        @Schema(description = "languages in which it accepts requests (BCP 47)")
        @NotEmpty @Size(max = 20) List<@NotNull @LanguageTag String> languages,
        @NotEmpty @Size(max = 10) List<@NotNull @Valid Channel> channels,
        @Size(max = 200) String officeHours,
        @Schema(description = "IANA time zone, e.g. Africa/Nairobi") @NotBlank @Size(max = 64) String timeZone,
        @Schema(description = "the day the State last confirmed the entry; not in the future")
        @NotNull @PastOrPresent LocalDate lastConfirmedOn) {
}
