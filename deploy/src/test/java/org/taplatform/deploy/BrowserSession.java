package org.taplatform.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a browser does for a sign-in, without one: follows redirects (a POST answered 302/303 becomes a GET) and keeps
 * the cookies each site sets, Keycloak's and the console's, all on localhost. The JDK's CookieManager would not keep
 * cookies of a host without a dot ("localhost"), so the jar is this class's own: by name, removed when a site expires
 * them. Paths and ports are not told apart (the two sites' cookies have different names).
 */
final class BrowserSession {

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    /** The page at the end of the redirects, with the address it ended at. */
    HttpResponse<String> get(String address) throws IOException, InterruptedException {
        return follow(HttpRequest.newBuilder(URI.create(address)).GET(), URI.create(address));
    }

    HttpResponse<String> postForm(String address, String form) throws IOException, InterruptedException {
        return follow(HttpRequest.newBuilder(URI.create(address))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), URI.create(address));
    }

    /** One request, no redirect followed: what the site answers to this session. */
    HttpResponse<String> once(String address) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(address)).GET());
    }

    private HttpResponse<String> follow(HttpRequest.Builder request, URI address)
            throws IOException, InterruptedException {
        HttpResponse<String> response = send(request);
        for (int hops = 0; hops < 10 && response.statusCode() / 100 == 3; hops++) {
            address = address.resolve(response.headers().firstValue("Location").orElseThrow());
            response = send(HttpRequest.newBuilder(address).GET());
        }
        return response;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            String name = pair.substring(0, equals).strip();
            String value = pair.substring(equals + 1).strip();
            String lower = header.toLowerCase(java.util.Locale.ROOT);
            if (value.isEmpty() || lower.contains("max-age=0") || lower.contains("expires=thu, 01 jan 1970")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return response;
    }
}
