package org.taplatform.reference.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import org.taplatform.reference.UnLanguage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reference data is the same for everyone and changes only with a new release: its answers carry a strong ETag (a
 * digest of the JSON they are), {@code Cache-Control} and {@code Content-Language}, and a request whose
 * {@code If-None-Match} holds the current ETag gets 304 without a body. A partner's client or the web console then
 * asks again without downloading the 250 countries each time.
 */
@Provider
public class ReferenceCaching implements ContainerResponseFilter {

    static final String CACHE_CONTROL = "public, max-age=3600";
    /** Distinct requests whose ETag is remembered; query values are the client's, so the number is bounded. */
    private static final int REMEMBERED = 1_000;

    private final ObjectMapper json;
    /**
     * The ETag of each request (path, query, language) once computed: reference data does not change while a service
     * runs, so the JSON is digested once per distinct request, not serialised a second time on every one.
     */
    private final java.util.Map<String, String> etags = new java.util.concurrent.ConcurrentHashMap<>();

    public ReferenceCaching(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!"GET".equals(request.getMethod()) || response.getStatus() != 200 || !response.hasEntity()
                || !request.getUriInfo().getPath().startsWith("/api/v1/reference")) {
            return;
        }
        String lang = request.getUriInfo().getQueryParameters().getFirst("lang");
        UnLanguage language = UnLanguage.negotiate(lang != null ? lang : request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        String key = request.getUriInfo().getRequestUri().getRawPath() + "?"
                + request.getUriInfo().getRequestUri().getRawQuery() + "#" + language.tag();
        String etag = etags.get(key);
        if (etag == null) {
            try {
                etag = "\"" + digest(json.writeValueAsBytes(response.getEntity())) + "\"";
            } catch (JsonProcessingException e) {
                return; // the writer will fail the same way and say so
            }
            if (etags.size() < REMEMBERED) {
                etags.put(key, etag);
            }
        }
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, language.tag());
        // the language picks the representation, and gzip (compressed after this filter) its encoding: a shared
        // cache must not hand a compressed or another language's copy to whoever asks
        response.getHeaders().putSingle(HttpHeaders.VARY, "Accept-Language, Accept-Encoding");
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    /** If-None-Match compares weakly (RFC 9110, 13.1.2): W/"x" matches "x"; {@code *} matches any. */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String sent : ifNoneMatch.split(",")) {
            String tag = sent.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if ("*".equals(tag) || etag.equals(tag)) {
                return true;
            }
        }
        return false;
    }

    private static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
