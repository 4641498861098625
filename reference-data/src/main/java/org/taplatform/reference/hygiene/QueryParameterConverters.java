package org.taplatform.reference.hygiene;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import org.taplatform.reference.problem.Problem;
import org.taplatform.reference.problem.ProblemTypes;

/**
 * Query parameters of a number, id or date type that do not parse are the client's mistake: 400 naming the parameter.
 * Jakarta REST answers 404 for them by default ({@code ?limit=abc}), as if the resource did not exist.
 */
@Provider
public class QueryParameterConverters implements ParamConverterProvider {

    private record Parser(Function<String, Object> parse, String expected) {
    }

    private static final Map<Class<?>, Parser> PARSERS = Map.of(
            Integer.class, new Parser(Integer::valueOf, "must be a whole number"),
            int.class, new Parser(Integer::valueOf, "must be a whole number"),
            Long.class, new Parser(Long::valueOf, "must be a whole number"),
            long.class, new Parser(Long::valueOf, "must be a whole number"),
            UUID.class, new Parser(UUID::fromString, "must be a UUID"),
            LocalDate.class, new Parser(LocalDate::parse, "must be a date (yyyy-mm-dd)"));

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Parser parser = PARSERS.get(rawType);
        String name = queryParameterName(annotations);
        if (parser == null || name == null) {
            return null;
        }
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return (T) parser.parse().apply(value.strip());
                } catch (RuntimeException notParsed) {
                    throw new BadRequestException(new Problem(ProblemTypes.VALIDATION, "Invalid request", 400,
                            "1 value(s) rejected; nothing was changed", null,
                            List.of(new Problem.Violation(name, "query", parser.expected()))).toResponse());
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static String queryParameterName(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof QueryParam query) {
                    return query.value();
                }
            }
        }
        return null;
    }
}
