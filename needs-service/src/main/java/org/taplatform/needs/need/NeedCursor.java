package org.taplatform.needs.need;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.taplatform.reference.problem.Problem.Violation;
import org.taplatform.reference.problem.ProblemException;

/**
 * Where a page ended, for keyset pagination: the sort, the last need's sort value and its id (the tie-breaker that
 * makes the order stable). Opaque to clients: URL-safe base64.
 */
record NeedCursor(String sort, String value, UUID id) {

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((sort + "\n" + value + "\n" + id).getBytes(UTF_8));
    }

    static NeedCursor after(Need need, String sort) {
        String value = sort.endsWith("registeredAt") ? need.registeredAt.toString() : need.country;
        return new NeedCursor(sort, value, need.id);
    }

    /** The cursor a client sent back; it must come from a page of the same sort. */
    static NeedCursor decode(String cursor, String sort) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), UTF_8).split("\n", -1);
            if (parts.length != 3 || !parts[0].equals(sort)) {
                throw new IllegalArgumentException("not a cursor of this sort");
            }
            if (sort.endsWith("registeredAt")) {
                Instant.parse(parts[1]);
            }
            return new NeedCursor(parts[0], parts[1], UUID.fromString(parts[2]));
        } catch (RuntimeException e) {
            throw ProblemException.invalid("The cursor is not one this query returned", List.of(new Violation("cursor",
                    "query", "is not the nextCursor of a page with the same sort; start again without a cursor")));
        }
    }

    Object typedValue() {
        return sort.endsWith("registeredAt") ? Instant.parse(value) : value;
    }
}
