package org.taplatform.reference.paging;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;

/**
 * The HTTP answer of a page: the envelope in the body and, when there is a next page, {@code Link: <…>; rel="next"}
 * (RFC 8288) with the same request and the next cursor, so a client that follows links needs no knowledge of cursors.
 */
public final class Pages {

    private Pages() {
    }

    public static <T> RestResponse<Page<T>> ok(Page<T> page, UriInfo request) {
        return ok(page, page.next(), request);
    }

    /** A page in an envelope of its own (the envelope's fields and more), whose next cursor is {@code next}. */
    public static <B> RestResponse<B> ok(B body, String next, UriInfo request) {
        RestResponse.ResponseBuilder<B> answer = RestResponse.ResponseBuilder.ok(body);
        if (next != null) {
            answer.header(HttpHeaders.LINK, "<" + request.getRequestUriBuilder().replaceQueryParam("cursor", next)
                    .build() + ">; rel=\"next\"");
        }
        return answer.build();
    }
}
