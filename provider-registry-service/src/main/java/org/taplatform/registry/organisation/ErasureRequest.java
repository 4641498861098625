package org.taplatform.registry.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(example = """
        {"reason": "The person asked for erasure on 2026-11-20 (GDPR art. 17)"}""")
public record ErasureRequest(@NotBlank @Size(max = 500) String reason) {
}
