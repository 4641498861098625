package org.taplatform.survey.response;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/** One revision in a response's history: who, when, why, and what changed. */
public record RevisionView(@Schema(example = "2") int revision, ResponseRevision.Kind kind, @Schema(example = "focal-ken") String author, @Schema(example = "2026-11-20T09:30:00Z") Instant recordedAt, @Schema(example = "The new law was adopted in March") String reason,
        String language,
        @Schema(type = SchemaType.ARRAY, implementation = AnswerChange.class,
                description = "The questions whose answer this revision changed") JsonNode changes,
        @Schema(type = SchemaType.OBJECT, implementation = java.util.Map.class, description = "Question code to answer, as of this revision") JsonNode answers) {

    /** The shape of one change (written as JSON by the service; this type documents it). */
    @Schema(name = "AnswerChange", description = "One question's answer before and after a revision")
    public record AnswerChange(@Schema(example = "Q1") String question,
            @Schema(description = "The answer before (absent when there was none)") Object before,
            @Schema(description = "The answer after (absent when it was removed)") Object after) {
    }
}
