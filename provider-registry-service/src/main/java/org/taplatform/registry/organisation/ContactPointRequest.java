package org.taplatform.registry.organisation;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taplatform.reference.validation.LanguageTag;

/** A person to contact at an organisation (personal data: see ContactPoint). */
@Schema(example = """
        {"name": "Amina Otieno", "position": "Programme officer, criminal justice", "email": "amina.otieno@example.org",
         "phone": "+254 20 762 0000", "languages": ["en", "sw"]}""")
public record ContactPointRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String position,
        @NotBlank @Email @Size(max = 320) String email,
        @Size(max = 50) @Pattern(regexp = "\\+?[0-9 ()./-]{5,50}", message = "must be a phone number") String phone,
        @Size(max = 10) List<@NotNull @LanguageTag String> languages) {
}
