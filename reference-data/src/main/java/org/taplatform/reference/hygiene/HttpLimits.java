package org.taplatform.reference.hygiene;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.taplatform.reference.problem.Problem;
import org.taplatform.reference.problem.ProblemTypes;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * The HTTP layer's refusals as problem+json, before any resource or body reading: a request target longer than
 * {@code ta.http.max-uri-length} (414), a body larger than the operation takes (413,
 * by its Content-Length: {@code ta.http.max-body} unless {@code ta.http.large-bodies} names the path), and a body of
 * unknown length sent where only small bodies go (411: a chunked body could otherwise grow past the limit unseen).
 * <p>
 * A request target that is no URI (a malformed percent-escape) is a 400 problem here too, when Quarkus' own check is
 * off ({@link #isUri}). Netty answers a request line longer than {@code quarkus.http.limits.max-initial-line-length}
 * with an empty 414 before any handler runs; that limit is set well above ours, so a client sees ours. The router's
 * own refusals are problems too: {@link RouterRefusals}.
 */
@ApplicationScoped
public class HttpLimits {

    private record LargeBody(String pathPrefix, long bytes) {
    }

    private final ObjectMapper json;
    private final int maxUriLength;
    private final long maxBody;
    private final List<LargeBody> largeBodies;

    HttpLimits(ObjectMapper json,
            @ConfigProperty(name = "ta.http.max-uri-length", defaultValue = "8192") int maxUriLength,
            @ConfigProperty(name = "ta.http.max-body", defaultValue = "1M") MemorySize maxBody,
            @ConfigProperty(name = "ta.http.large-bodies", defaultValue = "none") List<String> largeBodies) {
        this.json = json;
        this.maxUriLength = maxUriLength;
        this.maxBody = maxBody.asLongValue();
        List<LargeBody> parsed = new ArrayList<>();
        for (String entry : largeBodies) {
            int equals = entry.indexOf('=');
            if (equals > 0) {
                parsed.add(new LargeBody(entry.substring(0, equals).strip(),
                        new io.quarkus.runtime.configuration.MemorySizeConverter().convert(entry.substring(equals + 1).strip()).asLongValue()));
            }
        }
        parsed.sort(Comparator.comparingInt((LargeBody b) -> b.pathPrefix().length()).reversed());
        this.largeBodies = List.copyOf(parsed);
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, 1000); // before Quarkus' own body limit and the REST layer
    }

    /** The largest body the path takes. */
    public long bodyLimit(String path) {
        for (LargeBody large : largeBodies) {
            if (path.startsWith(large.pathPrefix())) {
                return large.bytes();
            }
        }
        return maxBody;
    }

    private void check(RoutingContext context) {
        String uri = context.request().uri();
        if (!isUri(uri)) {
            refuse(context, 400, ProblemTypes.MALFORMED_REQUEST, "Malformed request", "The request target is not a "
                    + "URI (a percent-escape that does not decode, or a character that must be escaped); nothing was "
                    + "changed");
            return;
        }
        if (uri.length() > maxUriLength) {
            refuse(context, 414, ProblemTypes.TOO_LARGE, "URI Too Long", "The request target has " + uri.length()
                    + " characters; at most " + maxUriLength + " are read");
            return;
        }
        HttpMethod method = context.request().method();
        if (method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH) {
            String path = context.request().path();
            long limit = bodyLimit(path);
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null) {
                long bytes;
                try {
                    bytes = Long.parseLong(length.strip());
                } catch (NumberFormatException e) {
                    refuse(context, 400, ProblemTypes.MALFORMED_REQUEST, "Malformed request",
                            "Content-Length is not a number");
                    return;
                }
                if (bytes > limit) {
                    refuse(context, 413, ProblemTypes.TOO_LARGE, "Content too large", "The body has " + bytes
                            + " bytes; this operation takes at most " + describe(limit) + "; nothing was changed");
                    return;
                }
            } else if (context.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null && limit == maxBody) {
                refuse(context, 411, ProblemTypes.HTTP, "Length Required", "Send the body with a Content-Length "
                        + "(at most " + describe(limit) + "); nothing was changed");
                return;
            }
        }
        context.next();
    }

    /**
     * Quarkus' first handler makes the same check and answers an empty 400; the launcher and the tests turn that off
     * ({@code -Dvertx.disableURIValidation=true}) so that this one answers, with a problem. Nothing behind it ever sees
     * a target that is no URI (Jakarta REST's UriInfo would fail on it with a 500).
     */
    private static boolean isUri(String uri) {
        try {
            new java.net.URI(uri);
            return true;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String describe(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    private void refuse(RoutingContext context, int status, java.net.URI type, String title, String detail) {
        RouterRefusals.write(json, context, new Problem(type, title, status, detail, context.request().path(),
                List.of()));
    }
}
