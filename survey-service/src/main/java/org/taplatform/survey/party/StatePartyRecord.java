package org.taplatform.survey.party;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taplatform.reference.validation.CountryCode;
import org.taplatform.reference.validation.InstrumentCode;

/** A State's status as party to an instrument, as coordinators record it. */
@Schema(description = "A State party to an instrument")
public record StatePartyRecord(
        @NotNull @InstrumentCode @Schema(example = "UNTOC") String instrument,
        @NotNull @CountryCode @Schema(example = "KEN") String country,
        @NotNull StateParty.Action action,
        @NotNull @PastOrPresent @Schema(description = "date the instrument entered into force for the State, or its act of ratification/accession", example = "2004-06-16")
        LocalDate becamePartyOn,
        @PastOrPresent @Schema(description = "date a denunciation took effect, if any") LocalDate withdrewOn) {

    static StatePartyRecord of(StateParty party) {
        return new StatePartyRecord(party.key.instrument(), party.key.country(), party.action, party.becamePartyOn,
                party.withdrewOn);
    }
}
