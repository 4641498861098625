package org.taplatform.registry.support;

import java.util.Arrays;
import java.util.List;

import org.taplatform.reference.problem.Problem.Violation;
import org.taplatform.reference.problem.ProblemException;

/**
 * A code given as a query parameter, read as its enum: a clear 400 for an unknown code, where a parameter that fails
 * conversion would be a bare 404.
 */
public final class QueryCodes {

    private QueryCodes() {
    }

    /** The constant named {@code code}, null for no code. */
    public static <E extends Enum<E>> E valueOf(Class<E> type, String code, String parameter) {
        if (code == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, code);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("No such " + parameter, List.of(new Violation(parameter, "query",
                    "must be one of " + Arrays.toString(type.getEnumConstants()))));
        }
    }
}
