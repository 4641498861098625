package org.taplatform.reference.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.jboss.logging.Logger;
import org.taplatform.reference.hygiene.InputText;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Every error of every service as RFC 9457 problem details. A client's mistake is a 4xx that says what was
 * wrong (and, for validation, which fields); only our own failures are 500s, with an id to find them in the log.
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private ProblemMappers() {
    }

    static String instance(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    @Provider
    public static class ValidationFailed implements ExceptionMapper<ConstraintViolationException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(ConstraintViolationException exception) {
            List<Problem.Violation> violations = new ArrayList<>();
            for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
                if (isAboutReturnValue(violation.getPropertyPath())) {
                    // our response broke its own contract: that is our bug, not the client's
                    return Unexpected.problem(exception, uri);
                }
                violations.add(toViolation(violation));
            }
            violations.sort((a, b) -> a.field().compareTo(b.field()));
            return new Problem(ProblemTypes.VALIDATION, "Invalid request", 400,
                    violations.size() + " value(s) rejected; nothing was changed", instance(uri), violations)
                    .toResponse();
        }

        private static boolean isAboutReturnValue(Path path) {
            for (Path.Node node : path) {
                if (node.getKind() == ElementKind.RETURN_VALUE) {
                    return true;
                }
            }
            return false;
        }

        /** {@code submit.request.needs[0].taSubtype} becomes {@code needs[0].taSubtype} in the body. */
        private static Problem.Violation toViolation(ConstraintViolation<?> violation) {
            String parameter = null;
            StringBuilder field = new StringBuilder();
            for (Path.Node node : violation.getPropertyPath()) {
                switch (node.getKind()) {
                    case METHOD, CONSTRUCTOR -> {
                    }
                    case PARAMETER -> parameter = node.getName();
                    default -> {
                        // in Bean Validation paths the index of a list element sits on the node after the list
                        if (node.isInIterable() && (node.getIndex() != null || node.getKey() != null)) {
                            field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
                        }
                        if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                            if (!field.isEmpty()) {
                                field.append('.');
                            }
                            field.append(node.getName());
                        }
                    }
                }
            }
            ViolationSource.Source source = ViolationSource.of(violation);
            if (source != null) {
                return new Problem.Violation(source.name(), source.in(), violation.getMessage());
            }
            boolean inBody = !field.isEmpty() || parameter == null;
            String name = inBody ? (field.isEmpty() ? "(body)" : field.toString()) : parameter;
            // a parameter without a Jakarta REST annotation is the entity: the body
            return new Problem.Violation(name, "body", violation.getMessage());
        }
    }

    @Provider
    public static class Refused implements ExceptionMapper<ProblemException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(ProblemException exception) {
            return exception.toProblem(instance(uri)).toResponse();
        }
    }

    @Provider
    public static class MalformedJson implements ExceptionMapper<JsonProcessingException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(JsonProcessingException exception) {
            return malformed(exception, uri);
        }

        static Response malformed(JsonProcessingException exception, UriInfo uri) {
            List<Problem.Violation> violations = new ArrayList<>();
            if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                boolean control = InputText.REFUSAL.equals(mapping.getOriginalMessage());
                violations.add(new Problem.Violation(path(mapping), "body",
                        control ? InputText.REFUSAL : "has the wrong type or an unknown value"));
            }
            String where = exception.getLocation() == null ? ""
                    : " at line " + exception.getLocation().getLineNr() + ", column "
                            + exception.getLocation().getColumnNr();
            return new Problem(ProblemTypes.MALFORMED_REQUEST, "Malformed JSON", 400,
                    "The request body is not valid JSON for this operation" + where + "; nothing was changed",
                    instance(uri), violations).toResponse();
        }

        private static String path(JsonMappingException mapping) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference reference : mapping.getPath()) {
                if (reference.getFieldName() != null) {
                    if (!path.isEmpty()) {
                        path.append('.');
                    }
                    path.append(reference.getFieldName());
                } else if (reference.getIndex() >= 0) {
                    path.append('[').append(reference.getIndex()).append(']');
                }
            }
            return path.toString();
        }
    }

    /** The same for a body of the wrong shape (a wrong type, an unknown enum value), before Quarkus' own mapper. */
    @Provider
    public static class MismatchedJson implements ExceptionMapper<MismatchedInputException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(MismatchedInputException exception) {
            return MalformedJson.malformed(exception, uri);
        }
    }

    @Provider
    public static class Unauthenticated implements ExceptionMapper<UnauthorizedException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(UnauthorizedException exception) {
            return unauthenticated(uri);
        }
    }

    @Provider
    public static class AuthenticationFailed implements ExceptionMapper<AuthenticationFailedException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(AuthenticationFailedException exception) {
            return unauthenticated(uri);
        }
    }

    static Response unauthenticated(UriInfo uri) {
        return Response.fromResponse(new Problem(ProblemTypes.UNAUTHENTICATED, "Unauthenticated", 401,
                "A valid bearer token is required", instance(uri), List.of()).toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @Provider
    public static class Forbidden implements ExceptionMapper<ForbiddenException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(ForbiddenException exception) {
            return new Problem(ProblemTypes.FORBIDDEN, "Forbidden", 403,
                    "Your roles do not allow this operation", instance(uri), List.of()).toResponse();
        }
    }

    @Provider
    public static class ConcurrentUpdate implements ExceptionMapper<OptimisticLockException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(OptimisticLockException exception) {
            return new Problem(ProblemTypes.CONFLICT, "Concurrent update", 409,
                    "Someone changed this record since you read it: read it again and retry", instance(uri),
                    List.of()).toResponse();
        }
    }

    /** JAX-RS exceptions thrown on purpose (404, 403 for another country, 405, 415, ...): their status, our body. */
    @Provider
    public static class HttpStatus implements ExceptionMapper<WebApplicationException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(WebApplicationException exception) {
            Response original = exception.getResponse();
            int status = original.getStatus();
            if (status >= 500) {
                return Unexpected.problem(exception, uri);
            }
            if (exception.getCause() instanceof JsonProcessingException json) {
                return MalformedJson.malformed(json, uri);
            }
            if (original.getEntity() instanceof Problem problem) {
                // already a problem (a query parameter that does not parse): keep it, with where it was asked
                return new Problem(problem.type(), problem.title(), problem.status(), problem.detail(),
                        problem.instance() != null ? problem.instance() : instance(uri), problem.violations(),
                        problem.report()).toResponse();
            }
            Response.StatusType statusType = original.getStatusInfo();
            var type = switch (status) {
                case 400 -> ProblemTypes.MALFORMED_REQUEST;
                case 401 -> ProblemTypes.UNAUTHENTICATED;
                case 403 -> ProblemTypes.FORBIDDEN;
                case 404 -> ProblemTypes.NOT_FOUND;
                case 409, 412 -> ProblemTypes.CONFLICT;
                default -> ProblemTypes.HTTP;
            };
            Response.ResponseBuilder problem = Response.fromResponse(new Problem(type, statusType.getReasonPhrase(),
                    status, exception.getMessage(), instance(uri), List.of()).toResponse());
            // keep headers such as Allow (405) or WWW-Authenticate (401)
            original.getHeaders().forEach((name, values) -> {
                if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
                    values.forEach(value -> problem.header(name, value));
                }
            });
            return problem.build();
        }
    }

    /** PostgreSQL's "invalid byte sequence" (a NUL in text) and "untranslatable character" (\u0000 in jsonb). */
    static boolean isUnstorableText(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql
                    && ("22021".equals(sql.getSQLState()) || "22P05".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** Seconds a client should wait before trying again while a dependency is unavailable. */
    static final int RETRY_AFTER_SECONDS = 5;

    /**
     * A dependency down or busy for a moment (the database stopped or starting, the broker unreachable, a lock or
     * serialization conflict): 503 with Retry-After, the truth, not a 500 that says we are broken. Nothing was
     * changed: the transaction rolled back.
     */
    static Response unavailable(Throwable cause, UriInfo uri) {
        LOG.warnf("Answering 503: %s", cause);
        return Response.fromResponse(new Problem(ProblemTypes.UNAVAILABLE, "Service unavailable", 503,
                "A service this one depends on is unavailable for a moment; nothing was changed. Try again in "
                        + RETRY_AFTER_SECONDS + " seconds",
                instance(uri), List.of()).toResponse()).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<Exception> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(Exception exception) {
            return problem(exception, uri);
        }

        static Response problem(Exception exception, UriInfo uri) {
            Throwable passing = TransientFailures.transientCause(exception);
            if (passing != null) {
                return unavailable(passing, uri);
            }
            if (isUnstorableText(exception)) {
                // a NUL that came some way the request filter and the JSON reader do not see (a form, a file)
                return new Problem(ProblemTypes.VALIDATION, "Invalid request", 400,
                        "A value " + InputText.REFUSAL + ", which cannot be stored; nothing was changed",
                        instance(uri), List.of()).toResponse();
            }
            String incident = UUID.randomUUID().toString();
            LOG.errorf(exception, "Unexpected error, incident %s", incident);
            return new Problem(ProblemTypes.INTERNAL, "Internal error", 500,
                    "Something went wrong on our side; nothing you sent was at fault. Incident " + incident,
                    instance(uri), List.of()).toResponse();
        }
    }
}
