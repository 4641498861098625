package org.taplatform.reference.paging;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

import org.taplatform.reference.problem.Problem.Violation;
import org.taplatform.reference.problem.ProblemException;

/**
 * Where a page ended, as the opaque token a client sends back as {@code ?cursor=}: the collection's name and the
 * parts that locate the last item (for keyset pagination its sort value and id; for a small collection read whole,
 * its position). URL-safe base64, so clients never build or parse one, and a collection can change how it pages
 * without breaking them. A cursor of another collection or of another sort is refused with a 400 problem.
 */
public record PageCursor(String collection, List<String> parts) {

    private static final String SEPARATOR = "\n";

    public PageCursor {
        parts = List.copyOf(parts);
    }

    public static PageCursor of(String collection, Object... parts) {
        return new PageCursor(collection, Arrays.stream(parts).map(String::valueOf).toList());
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((collection + SEPARATOR + String.join(SEPARATOR, parts)).getBytes(UTF_8));
    }

    /**
     * The cursor a client sent back, which must be one this collection gave with {@code parts} parts.
     *
     * @throws ProblemException 400 when it is not
     */
    public static PageCursor decode(String cursor, String collection, int parts) {
        try {
            String[] fields = new String(Base64.getUrlDecoder().decode(cursor), UTF_8).split(SEPARATOR, -1);
            if (fields.length == parts + 1 && fields[0].equals(collection)) {
                return new PageCursor(collection, Arrays.asList(fields).subList(1, fields.length));
            }
        } catch (IllegalArgumentException notBase64) {
            // refused below, as any other cursor this collection did not give
        }
        throw notOurs();
    }

    public String part(int index) {
        return parts.get(index);
    }

    /** A part that must be a number or a time: a cursor whose parts do not parse is refused the same way. */
    public <V> V part(int index, Function<String, V> parser) {
        try {
            return parser.apply(parts.get(index));
        } catch (RuntimeException e) {
            throw notOurs();
        }
    }

    private static ProblemException notOurs() {
        return ProblemException.invalid("The cursor is not one this query returned",
                List.of(new Violation("cursor", "query",
                        "is not the next cursor of a page of this list with the same sort; start again without a cursor")));
    }
}
