package org.taplatform.survey.response;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/** One revision in a response's history: who, when, why, and what changed. */
public record RevisionView(int revision, ResponseRevision.Kind kind, String author, Instant recordedAt, String reason,
        String language, JsonNode changes, JsonNode answers) {
}
