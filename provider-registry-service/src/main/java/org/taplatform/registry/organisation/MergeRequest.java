package org.taplatform.registry.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Merging a duplicate: the organisation it duplicates, and why. */
@Schema(example = """
        {"into": "XM-DAC-41114", "reason": "The same programme registered by a country office under a national identifier"}""")
public record MergeRequest(@NotBlank @Size(max = 100) String into, @NotBlank @Size(max = 2000) String reason) {
}
