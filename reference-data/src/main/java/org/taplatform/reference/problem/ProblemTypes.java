package org.taplatform.reference.problem;

import java.net.URI;

/** The stable problem {@code type} URIs of the platform's APIs (documented in docs/architecture.md). */
public final class ProblemTypes {

    public static final URI VALIDATION = Problem.type("validation");
    public static final URI MALFORMED_REQUEST = Problem.type("malformed-request");
    public static final URI UNAUTHENTICATED = Problem.type("unauthenticated");
    public static final URI FORBIDDEN = Problem.type("forbidden");
    public static final URI NOT_FOUND = Problem.type("not-found");
    public static final URI CONFLICT = Problem.type("conflict");
    /** Probably registered already under another identifier, website or name: the report lists the candidates. */
    public static final URI PROBABLE_DUPLICATE = Problem.type("probable-duplicate");
    public static final URI PRECONDITION_FAILED = Problem.type("precondition-failed");
    public static final URI PRECONDITION_REQUIRED = Problem.type("precondition-required");
    public static final URI UNPROCESSABLE = Problem.type("unprocessable");
    public static final URI TOO_LARGE = Problem.type("too-large");
    public static final URI TOO_MANY_REQUESTS = Problem.type("too-many-requests");
    public static final URI INTERNAL = Problem.type("internal");
    /** A dependency (the database, the broker) is unavailable for a moment: retry after the Retry-After delay. */
    public static final URI UNAVAILABLE = Problem.type("unavailable");
    /** Any other HTTP status: the status code says it all (RFC 9457, section 4.2.1). */
    public static final URI HTTP = URI.create("about:blank");

    private ProblemTypes() {
    }
}
