package org.taplatform.registry.activity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(example = """
        {"reason": "Reported twice: the same workshop is XM-DAC-41114-KEN-2026-07"}""")
public record WithdrawalRequest(@NotBlank @Size(max = 1000) String reason) {
}
