package org.taplatform.console.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.WebApplicationException;

import com.fasterxml.jackson.databind.JsonNode;

/** Small things every page does with what a form sent and what a service answered. */
final class Forms {

    private Forms() {
    }

    /**
     * Whether a value from the request is one of these (an absent value is none: List.of's contains would throw on
     * null).
     */
    static boolean oneOf(java.util.List<String> allowed, String value) {
        return value != null && allowed.contains(value);
    }

    /** A filter left empty in a form means "any". */
    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** For a query string; an absent value is empty. */
    static String encode(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A JSON text that may be absent, null or empty (a page's next cursor): null unless it has text. */
    static String nonBlank(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode() || value.asText().isEmpty() ? null
                : value.asText();
    }

    /** What a service's RFC 9457 problem says, for a read the service refused (see {@link #refusal}). */
    static String problemDetail(WebApplicationException refusal) {
        return refusal(refusal.getResponse());
    }

    /** An amount as the forms take it: digits, and at most two decimals after a point. */
    static boolean isAmount(String text) {
        return text != null && text.matches("\\d+(\\.\\d{1,2})?");
    }

    /**
     * A service's answer whatever its status: the REST client throws on 4xx and 5xx, but a page that shows a refusal
     * beside the fields needs the answer itself.
     */
    static jakarta.ws.rs.core.Response answer(java.util.function.Supplier<jakarta.ws.rs.core.Response> call) {
        try {
            return call.get();
        } catch (WebApplicationException refusal) {
            return refusal.getResponse();
        }
    }

    /** What a read gives, or the fallback when the service refuses it (something beside the page, not the page). */
    static <T> T answerOr(java.util.function.Supplier<T> read, T fallback) {
        try {
            return read.get();
        } catch (WebApplicationException | jakarta.ws.rs.ProcessingException notThere) {
            return fallback;
        }
    }

    /**
     * A refusal's words for the page: the problem's detail (or title) and each rejected field with its reason; the
     * status alone when the answer is not a problem document.
     */
    static String refusal(jakarta.ws.rs.core.Response answer) {
        JsonNode problem;
        try {
            problem = answer.readEntity(JsonNode.class);
        } catch (RuntimeException notJson) {
            return "HTTP " + answer.getStatus();
        }
        StringBuilder text = new StringBuilder(problem.path("detail").asText(problem.path("title").asText("")));
        problem.path("violations").forEach(v -> text.append(' ').append(v.path("field").asText()).append(": ")
                .append(v.path("message").asText()));
        return text.isEmpty() ? "HTTP " + answer.getStatus() : text.toString().strip();
    }
}
