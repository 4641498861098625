package org.taplatform.survey.response;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A response as the API shows it, with how its answers stand against the questionnaire. Its version is the ETag
 * header's, not part of the body.
 */
public record ResponseView(@Schema(example = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f") UUID id, @Schema(example = "5f0c6a1e-3b7d-4c2a-9e1f-8a2b4c6d8e0f") UUID cycleId, @Schema(example = "KEN") String country, @Schema(example = "UNTOC") String instrument, UUID questionnaireId,
        int questionnaireVersion, @Schema(example = "en") String language, SurveyResponse.Status status, @Schema(example = "1") int revision,
        @Schema(type = SchemaType.OBJECT, implementation = java.util.Map.class, description = "Question code to answer, as saved (see SaveAnswers)") JsonNode answers,
        AnswerReport report, String createdBy, Instant createdAt, String updatedBy, @Schema(example = "2026-11-20T09:30:00Z") Instant updatedAt,
        String submittedBy, Instant submittedAt, @JsonIgnore @Schema(hidden = true) int version) {
}
