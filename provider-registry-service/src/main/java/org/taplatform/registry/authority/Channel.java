package org.taplatform.registry.authority;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One way to reach an authority: e-mail, phone, fax, a secure channel (its name and how to join it), post. */
@Schema(example = """
        {"kind": "EMAIL", "value": "mla@justice.example.ke", "note": "requests in English"}""")
public record Channel(@NotNull Kind kind, @NotBlank @Size(max = 300) String value, @Size(max = 300) String note) {

    @Schema(name = "ChannelKind")
    public enum Kind {
        EMAIL, PHONE, FAX, SECURE_CHANNEL, POST
    }
}
