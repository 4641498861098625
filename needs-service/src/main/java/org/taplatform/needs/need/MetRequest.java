package org.taplatform.needs.need;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The State says its need is met: how. */
@Schema(example = """
        {"reason": "The law on mutual legal assistance was adopted on 3 March 2026"}""")
public record MetRequest(@NotBlank @Size(max = 1000) String reason) {
}
