package org.taplatform.registry.authority;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The State confirmed the entry as it stands, on a day that is not in the future. */
@Schema(example = """
        {"confirmedOn": "2026-11-20"}""")
public record ConfirmationRequest(@NotNull @PastOrPresent LocalDate confirmedOn) {
}
