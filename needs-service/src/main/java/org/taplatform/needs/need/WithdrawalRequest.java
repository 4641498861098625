package org.taplatform.needs.need;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a need recorded by hand is withdrawn (the State wrote that it no longer needs it, it was recorded in error). */
@Schema(example = """
        {"reason": "The State's letter of 12 May 2026 withdraws the request"}""")
public record WithdrawalRequest(@NotBlank @Size(max = 1000) String reason) {
}
