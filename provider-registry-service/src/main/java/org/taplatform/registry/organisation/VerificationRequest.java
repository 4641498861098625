package org.taplatform.registry.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A coordinator's check of an organisation: verified or not, and what was checked. */
@Schema(example = """
        {"verified": true, "note": "XM-DAC-41114 on the OECD DAC list; website and focal point confirmed by e-mail"}""")
public record VerificationRequest(boolean verified, @NotBlank @Size(max = 2000) String note) {
}
