package org.taplatform.reference.paging;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The two query parameters of every paged list: how many items, and from where. */
public class PageParameters {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    @QueryParam("limit")
    @DefaultValue("50")
    @Min(1)
    @Max(MAX_LIMIT)
    @Parameter(description = "the most items in one page (1-500)")
    public int limit = DEFAULT_LIMIT;

    @QueryParam("cursor")
    @Size(max = 1000)
    @Parameter(description = "the next cursor of the previous page, sent with the same filters and sort; absent for the first page")
    public String cursor;

    public PageParameters() {
    }

    public PageParameters(int limit, String cursor) {
        this.limit = limit;
        this.cursor = cursor;
    }

    /**
     * How many items of a ranking computed on request (best first) this page needs: those before it, its own and one
     * more that says whether a next page exists. {@link #slice} then cuts the page out of them.
     */
    public int end(String collection) {
        return start(collection) + limit + 1;
    }

    private int start(String collection) {
        return cursor == null ? 0 : PageCursor.decode(cursor, collection, 1).part(0, PageParameters::position);
    }

    /** A position a cursor may hold: a list read whole is never longer. */
    private static int position(String text) {
        int position = Integer.parseInt(text);
        if (position < 0 || position > 1_000_000) {
            throw new IllegalArgumentException("no such position");
        }
        return position;
    }

    /**
     * The page of a collection read whole and in a stable order (small ones: a State's responses, a donor's
     * subscriptions): the cursor holds the position where the previous page ended.
     */
    public <T> Page<T> slice(String collection, List<T> ordered, Instant asOf) {
        int from = start(collection);
        int to = Math.min(ordered.size(), from + limit);
        String next = to < ordered.size() ? PageCursor.of(collection, to).encode() : null;
        return new Page<>(from >= ordered.size() ? List.of() : ordered.subList(from, to), next, asOf);
    }

    /**
     * The page of a keyset query that read {@code limit + 1} rows: the extra row only says there is a next page,
     * whose cursor locates the page's last item.
     */
    public <E, T> Page<T> page(List<E> readOneMore, Function<E, PageCursor> cursorAfter,
            Function<E, T> view, Instant asOf) {
        boolean more = readOneMore.size() > limit;
        List<E> rows = more ? readOneMore.subList(0, limit) : readOneMore;
        return new Page<>(rows.stream().map(view).toList(),
                more ? cursorAfter.apply(rows.get(rows.size() - 1)).encode() : null, asOf);
    }
}
