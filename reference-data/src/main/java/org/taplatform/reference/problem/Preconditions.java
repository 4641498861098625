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

    /**
     * Strong comparison (RFC 9110, 13.1.1): the sent tag must be the current one, byte for byte; a weak tag
     * ({@code W/"3"}) never matches, because it does not promise the same representation. {@code *} and a list of tags
     * are understood.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired(
                    "Send the ETag you read in If-Match, so that an update cannot overwrite someone else's");
        }
        String expected = etag(currentVersion);
        boolean weak = false;
        for (String sent : ifMatch.split(",")) {
            String tag = sent.trim();
            if ("*".equals(tag) || expected.equals(tag)) {
                return;
            }
            weak |= tag.startsWith("W/");
        }
        throw ProblemException.preconditionFailed(weak
                ? "If-Match compares ETags strongly: a weak one (W/...) never matches; send the ETag as you read it"
                : "The resource changed since you read it (now version " + currentVersion + ", you sent "
                        + ifMatch.trim() + "): read it again and retry");
    }
}
