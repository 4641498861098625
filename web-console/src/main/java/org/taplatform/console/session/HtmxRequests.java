package org.taplatform.console.session;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.JavaScriptRequestChecker;
import io.vertx.ext.web.RoutingContext;

/**
 * Tells Quarkus OIDC which requests come from the page's scripts (htmx sends {@code HX-Request: true}). When the
 * console's session has ended, such a request cannot follow a redirect to Keycloak (another origin), so it gets 499
 * instead ({@code java-script-auto-redirect=false}) and {@code console.js} keeps what the person typed, reloads the
 * page through sign-in and puts it back.
 */
@ApplicationScoped
public class HtmxRequests implements JavaScriptRequestChecker {

    @Override
    public boolean isJavaScriptRequest(RoutingContext context) {
        return "true".equals(context.request().getHeader("HX-Request"));
    }
}
