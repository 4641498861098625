package org.taplatform.reference.problem;

import java.net.URI;
import java.util.List;

/**
 * A use case's refusal, with what the client needs to know: thrown from services, turned into problem details by
 * {@link ProblemMappers}. The factories name the platform's cases.
 */
public class ProblemException extends RuntimeException {

    private final URI type;
    private final String title;
    private final int status;
    private final List<Problem.Violation> violations;
    private final transient Object report;

    public ProblemException(URI type, String title, int status, String detail, List<Problem.Violation> violations,
            Object report) {
        super(detail);
        this.type = type;
        this.title = title;
        this.status = status;
        this.violations = List.copyOf(violations);
        this.report = report;
    }

    /** 400: values that break the rules, each named. */
    public static ProblemException invalid(String detail, List<Problem.Violation> violations) {
        return new ProblemException(ProblemTypes.VALIDATION, "Invalid request", 400, detail, violations, null);
    }

    /** 409: the resource's state does not allow it (a published questionnaire edited, a closed cycle answered). */
    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemTypes.CONFLICT, "Conflict", 409, detail, List.of(), null);
    }

    /** 412: the If-Match version is not the current one: someone else changed it meanwhile. */
    /** 409: what is being created probably exists already; the report says which and why. */
    public static ProblemException probableDuplicate(String detail, Object report) {
        return new ProblemException(ProblemTypes.PROBABLE_DUPLICATE, "Probable duplicate", 409, detail, List.of(),
                report);
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(ProblemTypes.PRECONDITION_FAILED, "Precondition failed", 412, detail, List.of(),
                null);
    }

    /** 428: an update without If-Match, which would overwrite others' changes blindly. */
    public static ProblemException preconditionRequired(String detail) {
        return new ProblemException(ProblemTypes.PRECONDITION_REQUIRED, "Precondition required", 428, detail,
                List.of(), null);
    }

    /** 422: well-formed, but not acceptable as a whole (e.g. a response that fails its questionnaire). */
    public static ProblemException unprocessable(String detail, Object report) {
        return new ProblemException(ProblemTypes.UNPROCESSABLE, "Unprocessable content", 422, detail, List.of(),
                report);
    }

    /** 413: the request body is larger than this operation takes. */
    public static ProblemException tooLarge(String detail) {
        return new ProblemException(ProblemTypes.TOO_LARGE, "Content too large", 413, detail, List.of(), null);
    }

    /** 403: the caller may read this, but not do that with it. */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemTypes.FORBIDDEN, "Forbidden", 403, detail, List.of(), null);
    }

    /** 404. */
    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemTypes.NOT_FOUND, "Not Found", 404, detail, List.of(), null);
    }

    Problem toProblem(String instance) {
        return new Problem(type, title, status, getMessage(), instance, violations, report);
    }
}
