package org.taplatform.console.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.WebApplicationException;

import com.fasterxml.jackson.databind.JsonNode;

/** Small things every page does with what a form sent and what a service answered. */
final class Forms {

    private Forms() {
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

    /** What a service's RFC 9457 problem says: its detail, else its title, else the status. */
    static String problemDetail(WebApplicationException refusal) {
        try {
            JsonNode problem = refusal.getResponse().readEntity(JsonNode.class);
            String detail = problem.path("detail").asText("");
            return detail.isEmpty() ? problem.path("title").asText(refusal.getMessage()) : detail;
        } catch (RuntimeException notJson) {
            return refusal.getMessage();
        }
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
}
