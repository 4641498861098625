package org.taplatform.needs.need;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of needs, in a stable order; follow nextCursor for the next one. */
public record NeedPage(
        List<NeedView> items,
        @Schema(description = "send as ?cursor= for the next page; absent on the last page") String nextCursor,
        int limit,
        @Schema(description = "the language of the labels") String language) {
}
