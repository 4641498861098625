package org.taplatform.console.page;

import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.TemplateInstance;

/** A rendered page in its language: Content-Language set, and the language remembered when the user chose one. */
final class Pages {

    private static final int A_YEAR = 365 * 24 * 3600;

    private Pages() {
    }

    static Response render(TemplateInstance page, Language language, int status) {
        Response.ResponseBuilder response = Response.status(status)
                .entity(page.setLocale(language.locale()))
                .type("text/html;charset=UTF-8")
                .header("Content-Language", language.tag());
        if (Language.isUn(language.asked) && !language.asked.equals(language.chosen)) {
            response.cookie(new NewCookie.Builder(Language.COOKIE).value(language.asked).path("/").maxAge(A_YEAR)
                    .sameSite(NewCookie.SameSite.LAX).httpOnly(true).build());
        }
        return response.build();
    }

    /** The signed-in user's access token as an Authorization header value (none where a test stands in for sign-in). */
    static String bearer(io.quarkus.security.identity.SecurityIdentity identity) {
        io.quarkus.oidc.AccessTokenCredential token = identity.getCredential(io.quarkus.oidc.AccessTokenCredential.class);
        return token == null ? null : "Bearer " + token.getToken();
    }

    /** The console's own texts in the page's language, for what a page says from Java (notices, form problems). */
    static Messages messages(Language language) {
        return io.quarkus.qute.i18n.MessageBundles.get(Messages.class,
                io.quarkus.qute.i18n.Localized.Literal.of(language.tag()));
    }

    /**
     * The organisation the user acts for: their token's organisation claim, as the services check it (a page for
     * organisations only is forbidden to a user without one).
     */
    static String organisation(io.quarkus.security.identity.SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof org.eclipse.microprofile.jwt.JsonWebToken token
                && token.getClaim("organisation") != null) {
            return String.valueOf((Object) token.getClaim("organisation"));
        }
        String attribute = identity.getAttribute("organisation");
        if (attribute != null) {
            return attribute; // tests stand in for the token with this attribute
        }
        throw new io.quarkus.security.ForbiddenException("no organisation in the user's token");
    }

    /**
     * A job's progress bar alone, for htmx's polling: once the job has ended, HX-Refresh has the browser load the
     * whole page with the result.
     */
    static Response progress(TemplateInstance bar, boolean running, Language language) {
        Response.ResponseBuilder answer = Response.ok(bar.setLocale(language.locale())).type("text/html;charset=UTF-8");
        return (running ? answer : answer.header("HX-Refresh", "true")).build();
    }
}
