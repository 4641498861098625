package org.taplatform.reference.paging;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a collection: the envelope every list of the platform answers with (docs/api-guidelines.md,
 * "Collections"). A client follows {@code next} (or the {@code Link: rel="next"} header, which carries the same as a
 * URL) until it is absent; {@code asOf} says how fresh the collection is, so a donor can tell a stale figure from a
 * quiet one.
 *
 * @param <T> the items' type
 */
public record Page<T>(
        @Schema(description = "the page's items, in the collection's stable order", required = true) List<T> items,
        @Schema(description = "opaque cursor of the next page: send it as ?cursor= with the same filters and limit; absent on the last page", example = "bmVlZHMKMjAyNi0xMi0wNVQxMDowMDowMFoKYjQ2ZQ")
        String next,
        @Schema(description = "when the data of this collection (under the query's filters) last changed, as recorded on its items; absent when the collection is empty or its items carry no time")
        Instant asOf) {

    public Page {
        items = List.copyOf(items);
    }

    /** A collection that comes whole: small and bounded, such as the reference data. */
    public static <T> Page<T> whole(List<T> items, Instant asOf) {
        return new Page<>(items, null, asOf);
    }

    /** The latest time of any of the items (their last change): the asOf of a collection read whole. */
    public static <E> Instant latestOf(java.util.Collection<E> items, java.util.function.Function<E, Instant> changedAt) {
        return items.stream().map(changedAt).filter(java.util.Objects::nonNull).max(Instant::compareTo).orElse(null);
    }

    /** The latest of several moments, any of which may be absent: the asOf of items with more than one time. */
    public static Instant latest(Instant... moments) {
        Instant latest = null;
        for (Instant moment : moments) {
            if (moment != null && (latest == null || moment.isAfter(latest))) {
                latest = moment;
            }
        }
        return latest;
    }
}
