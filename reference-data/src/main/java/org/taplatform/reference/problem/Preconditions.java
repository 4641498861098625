package org.taplatform.reference.problem;

/**
 * Optimistic concurrency over HTTP: a resource's version is its ETag ({@code "3"}), and an update must send it back
 * in {@code If-Match}. Missing: 428; another version: 412; both with a problem body.
 */
public final class Preconditions {

    private Preconditions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired(
                    "Send the ETag you read in If-Match, so that an update cannot overwrite someone else's");
        }
        String expected = etag(currentVersion);
        String sent = ifMatch.trim().startsWith("W/") ? ifMatch.trim().substring(2) : ifMatch.trim();
        if (!"*".equals(sent) && !expected.equals(sent)) {
            throw ProblemException.preconditionFailed("The resource changed since you read it (now version "
                    + currentVersion + ", you sent " + ifMatch.trim() + "): read it again and retry");
        }
    }
}
