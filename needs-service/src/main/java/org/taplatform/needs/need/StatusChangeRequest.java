package org.taplatform.needs.need;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A coordinator sets a need's status (withdrawing is another operation: it is the State's decision). */
@Schema(example = """
        {"status": "IN_PROGRESS", "reason": "UNODC ROEA workshop for the central authority scheduled for March"}""")
public record StatusChangeRequest(
        @NotNull @Pattern(regexp = "OPEN|MATCHED|IN_PROGRESS|COVERED", message = "must be OPEN, MATCHED, IN_PROGRESS or COVERED") String status,
        @NotBlank @Size(max = 1000) String reason) {
}
