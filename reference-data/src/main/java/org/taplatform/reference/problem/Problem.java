package org.taplatform.reference.problem;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem details body ({@code application/problem+json}). {@code type} is a stable URI that
 * clients can switch on; {@code violations} lists the offending fields of a rejected request; {@code report} carries
 * a structured explanation where a list of fields is not enough (e.g. a questionnaire's per-question report).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, List<Violation> violations,
        Object report) {

    public Problem(URI type, String title, int status, String detail, String instance, List<Violation> violations) {
        this(type, title, status, detail, instance, violations, null);
    }

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One rejected input: the field's path in the body ({@code needs[0].taSubtype}) or the parameter's name. */
    public record Violation(String field, String in, String message) {
    }

    public static URI type(String slug) {
        return URI.create("urn:ta-platform:problem:" + slug);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
