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
public record ResponseView(UUID id, UUID cycleId, String country, String instrument, UUID questionnaireId,
        int questionnaireVersion, String language, SurveyResponse.Status status, int revision,
        @Schema(type = SchemaType.OBJECT, implementation = java.util.Map.class, description = "Question code to answer, as saved (see SaveAnswers)") JsonNode answers,
        AnswerReport report, String createdBy, Instant createdAt, String updatedBy, Instant updatedAt,
        String submittedBy, Instant submittedAt, @JsonIgnore @Schema(hidden = true) int version) {
}
