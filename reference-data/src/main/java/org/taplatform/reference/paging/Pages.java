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
        RestResponse.ResponseBuilder<Page<T>> answer = RestResponse.ResponseBuilder.ok(page);
        if (page.next() != null) {
            answer.header(HttpHeaders.LINK, "<" + request.getRequestUriBuilder().replaceQueryParam("cursor", page.next())
                    .build() + ">; rel=\"next\"");
        }
        return answer.build();
    }
}
